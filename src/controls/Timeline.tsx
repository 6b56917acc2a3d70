// The story "as of" a date: `to` is the as-of day, `from` an optional start. A slider over the
// story's period, day steps, play/pause (not under reduced motion), and exact date fields.
import { useCallback, useMemo } from 'react';
import { formatDate } from '../i18n/format.ts';
import type { Translate } from '../i18n/t.ts';
import type { Lang } from '../state/appState.ts';
import { isIsoDate } from '../state/appState.ts';
import { dayIndex, daysBetween } from './timelineDays.ts';
import { usePlayback } from './usePlayback.ts';

export interface DateRange {
  from: string | null;
  to: string | null;
}

export interface TimelineProps extends DateRange {
  /** The story's period: the slider's span. */
  period: { from: string; to: string } | null;
  /** Days on which something starts: play jumps from one to the next, skipping empty days. */
  steps: readonly string[];
  onChange: (range: DateRange, options?: { replace?: boolean }) => void;
  reducedMotion: boolean;
  lang: Lang;
  t: Translate;
}

export function Timeline({
  period,
  steps,
  from,
  to,
  onChange,
  reducedMotion,
  lang,
  t,
}: TimelineProps) {
  const days = useMemo(() => (period ? daysBetween(period.from, period.to) : []), [period]);
  const last = days[days.length - 1] ?? null;
  const index = dayIndex(days, to);

  // The next day that changes the map: a story spanning years plays in seconds, not hours.
  const step = useCallback((): boolean => {
    if (!last) return false;
    const next = to === null || to >= last ? last : (steps.find((day) => day > to) ?? last);
    onChange({ from, to: next }, { replace: true });
    return next < last;
  }, [from, to, last, steps, onChange]);
  const { playing, setPlaying } = usePlayback(step, !reducedMotion);

  const play = () => {
    if (playing) return setPlaying(false);
    // Start from the first day when nothing is chosen yet or the end was reached.
    const first = steps[0] ?? days[0];
    if ((to === null || (last !== null && to >= last)) && first) onChange({ from, to: first });
    setPlaying(true);
  };
  const setDate = (which: 'from' | 'to', value: string) => {
    if (value === '') return onChange({ from, to, [which]: null });
    if (!isIsoDate(value)) return;
    const next = { from, to, [which]: value };
    // A range that ends before it starts would be dropped on reload: refuse it here.
    if (next.from && next.to && next.from > next.to) return;
    onChange(next);
  };
  const asOf = to ? t('timeline.asOf', { date: formatDate(to, lang) }) : t('timeline.all');

  return (
    <fieldset className="filter-group timeline">
      <legend className="filter-group__legend">{t('timeline.heading')}</legend>
      <p className="timeline__as-of" aria-live={playing ? 'off' : 'polite'}>
        {asOf}
      </p>
      {days.length > 1 && (
        <div className="timeline__track">
          {!reducedMotion && (
            <button
              type="button"
              className="icon-button timeline__play"
              aria-pressed={playing}
              aria-label={playing ? t('timeline.pause') : t('timeline.play')}
              onClick={play}
            >
              <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
            </button>
          )}
          <input
            type="range"
            className="timeline__slider"
            min={0}
            max={days.length - 1}
            step={1}
            value={index}
            aria-label={t('timeline.to')}
            aria-valuetext={to ? formatDate(days[index] ?? to, lang) : t('timeline.all')}
            onChange={(event) => {
              setPlaying(false);
              // A history entry per step: with one day per step, back undoes a step.
              onChange({ from, to: days[Number(event.target.value)] ?? null });
            }}
          />
        </div>
      )}
      {days.length > 1 && (
        <div className="timeline__ends" aria-hidden="true">
          <span>{formatDate(days[0]!, lang)}</span>
          <span>{formatDate(last!, lang)}</span>
        </div>
      )}
      {reducedMotion && <p className="filter-group__hint">{t('timeline.reducedMotion')}</p>}
      <div className="timeline__fields">
        <label className="field">
          <span className="field__label">{t('timeline.from')}</span>
          <input
            type="date"
            value={from ?? ''}
            max={to ?? undefined}
            onChange={(e) => setDate('from', e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('timeline.to')}</span>
          <input
            type="date"
            value={to ?? ''}
            min={from ?? undefined}
            onChange={(e) => setDate('to', e.target.value)}
          />
        </label>
      </div>
    </fieldset>
  );
}
