// The report's legend: the kinds shown and how sure each line is. A thin stand-in until the
// panel's src/controls/Legend.tsx lands; the report should then render that one instead.
import type { Lang } from '../state/appState.ts';
import { KINDS, STATUSES, type TripointFeature } from '../story/types.ts';
import { reportText, type ReportTextKey } from './reportText.ts';

export function ReportLegend({
  features,
  lang,
}: {
  features: readonly TripointFeature[];
  lang: Lang;
}) {
  const kinds = KINDS.filter((kind) => features.some((f) => f.properties.kind === kind));
  const statuses = STATUSES.filter((status) =>
    features.some((f) => f.properties.status === status),
  );
  if (kinds.length === 0) return null;
  return (
    <section className="report-legend" aria-label={reportText(lang, 'legend')}>
      <ul className="report-legend__list">
        {kinds.map((kind) => (
          <li key={kind} className="report-legend__item">
            <span
              className={`report-legend__swatch report-legend__swatch--${kind}`}
              aria-hidden="true"
            />
            {reportText(lang, `label${kind}` as ReportTextKey)}
          </li>
        ))}
      </ul>
      {statuses.length > 0 && (
        <>
          <h2 className="report-legend__heading">{reportText(lang, 'howSure')}</h2>
          <ul className="report-legend__list">
            {statuses.map((status) => (
              <li key={status} className="report-legend__item">
                <span
                  className={`report-legend__line report-legend__line--${status}`}
                  aria-hidden="true"
                />
                {reportText(lang, `status${status}` as ReportTextKey)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
