// The legend for what is visible: line styles per status, actors' colours, the flow-width
// scale with the map's own ticks, geodesic vs schematic lines, events. Mode-agnostic: browse,
// report and embed can all render it (`compact` drops the headings for small spaces).
import { useMemo } from 'react';
import { countryName } from '../i18n/countryName.ts';
import { formatMoney } from '../i18n/format.ts';
import { useT } from '../i18n/t.ts';
import { actorColor, dashArray, statusStyle, type MapTheme } from '../layers/styles.ts';
import type { Lang } from '../state/appState.ts';
import type { StoryCollection, TripointFeature } from '../story/types.ts';
import { legendItems } from './legendItems.ts';
import '../styles/panel.css';

export interface LegendProps {
  story: StoryCollection | null;
  visible: readonly TripointFeature[];
  theme: MapTheme;
  lang: Lang;
  compact?: boolean;
}

function LineSwatch({
  color,
  width = 3,
  dash,
  opacity = 1,
}: {
  color: string;
  width?: number;
  dash?: string;
  opacity?: number;
}) {
  return (
    <svg className="legend__swatch" width="36" height="16" viewBox="0 0 36 16" aria-hidden="true">
      <line
        x1="2"
        y1="8"
        x2="34"
        y2="8"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dash}
        strokeOpacity={opacity}
        strokeLinecap="butt"
      />
    </svg>
  );
}

function CurveSwatch({ color, bent }: { color: string; bent: boolean }) {
  return (
    <svg className="legend__swatch" width="36" height="16" viewBox="0 0 36 16" aria-hidden="true">
      <path
        d={bent ? 'M2 13 Q18 -3 34 13' : 'M2 12 Q18 6 34 12'}
        fill="none"
        stroke={color}
        strokeWidth="2"
      />
    </svg>
  );
}

export function Legend({ story, visible, theme, lang, compact = false }: LegendProps) {
  const t = useT(lang);
  const items = useMemo(() => legendItems(visible, story?.features ?? []), [visible, story]);
  const ink = theme === 'dark' ? '#e8edf1' : '#1d2329';
  const Heading = ({ children }: { children: string }) =>
    compact ? null : <h3 className="legend__heading">{children}</h3>;
  return (
    <div
      className={`legend${compact ? ' legend--compact' : ''}`}
      aria-label={t('legend.heading')}
      role="group"
    >
      {items.actors.length > 0 && (
        <section className="legend__section">
          <Heading>{t('legend.actors')}</Heading>
          <ul className="legend__list">
            {items.actors.map((actor) => (
              <li key={actor} className="legend__item">
                <LineSwatch color={actorColor(actor, theme)} />
                {countryName(actor, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {items.statuses.length > 0 && (
        <section className="legend__section">
          <Heading>{t('legend.status')}</Heading>
          <ul className="legend__list">
            {items.statuses.map((status) => (
              <li key={status} className="legend__item" data-status={status}>
                <LineSwatch
                  color={ink}
                  dash={dashArray(status, 3)}
                  opacity={statusStyle(status).opacity}
                />
                <span className={statusStyle(status).struck ? 'legend__struck' : undefined}>
                  {t(`status.${status}`)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {items.flowScales.map((scale) => (
        <section key={scale.granularity} className="legend__section">
          <Heading>{`${t('legend.flowWidth')}${items.flowScales.length > 1 ? ` · ${t(scale.granularity === 'month' ? 'period.months' : 'period.years')}` : ''}`}</Heading>
          <ul className="legend__list legend__list--row">
            {scale.ticks.map((tick) => (
              <li key={tick.value} className="legend__item legend__item--tick">
                <LineSwatch color={ink} width={tick.width} opacity={0.75} />
                {formatMoney(tick.value, scale.unit, lang)}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {(items.arcKinds.length > 0 || items.events) && (
        <section className="legend__section">
          <ul className="legend__list">
            {items.arcKinds.map((kind) => (
              <li key={kind} className="legend__item" data-arc-kind={kind}>
                <CurveSwatch color={ink} bent={kind === 'schematic'} />
                {t(kind === 'geodesic' ? 'legend.geodesic' : 'legend.schematic')}
              </li>
            ))}
            {items.events && (
              <li className="legend__item">
                <svg
                  className="legend__swatch"
                  width="36"
                  height="16"
                  viewBox="0 0 36 16"
                  aria-hidden="true"
                >
                  <circle cx="18" cy="8" r="5" fill={ink} />
                </svg>
                {t('legend.event')}
              </li>
            )}
          </ul>
        </section>
      )}
    </div>
  );
}
