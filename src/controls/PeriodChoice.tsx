// The trade period drawn: all (the latest of each series), or one year or month.
import { formatPeriod } from '../i18n/format.ts';
import type { Translate } from '../i18n/t.ts';
import type { Lang } from '../state/appState.ts';

export interface PeriodChoiceProps {
  /** Periods in the story: years (YYYY) and months (YYYY-MM). */
  periods: readonly string[];
  period: string | null;
  onChange: (period: string | null) => void;
  lang: Lang;
  t: Translate;
}

export function PeriodChoice({ periods, period, onChange, lang, t }: PeriodChoiceProps) {
  if (periods.length === 0) return null;
  const years = periods.filter((p) => p.length === 4);
  const months = periods.filter((p) => p.length === 7);
  // A period from the URL that the story lacks stays visible as an option rather than vanishing.
  const unknown = period !== null && !periods.includes(period) ? [period] : [];
  const option = (value: string) => (
    <option key={value} value={value}>
      {formatPeriod(value, lang)}
    </option>
  );
  return (
    <div className="filter-group">
      <label className="field field--block">
        <span className="filter-group__legend">{t('period.heading')}</span>
        <select value={period ?? ''} onChange={(event) => onChange(event.target.value || 'all')}>
          <option value="">{t('period.all')}</option>
          {unknown.map(option)}
          {years.length > 0 && <optgroup label={t('period.years')}>{years.map(option)}</optgroup>}
          {months.length > 0 && (
            <optgroup label={t('period.months')}>{months.map(option)}</optgroup>
          )}
        </select>
      </label>
    </div>
  );
}
