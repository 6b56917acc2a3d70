// Every visible feature as an HTML table, always in the document (collapsed in <details>),
// so screen readers and automation read what the map shows. Body rows carry data-kind and
// data-id; the name is a button that opens the feature's details.
import { formatNumber } from '../i18n/format.ts';
import { useT } from '../i18n/t.ts';
import type { Lang } from '../state/appState.ts';
import type { PlaceIndex } from '../state/featureActors.ts';
import type { TripointFeature } from '../story/types.ts';
import { featureWhen, featureWho } from './featureSummary.ts';
import '../styles/panel.css';

/**
 * Rows listed at most. Every story lists in full; a file of tens of thousands of flows lists the
 * first rows and says how many more (50,000 rows took React ~4 s to insert, and no reader
 * scrolls them: the filters narrow the list). Documented in the README's table section.
 */
export const MAX_TABLE_ROWS = 2000;

export interface FeatureTableProps {
  features: readonly TripointFeature[];
  places: PlaceIndex;
  lang: Lang;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  /** Start expanded (report mode prints it open). */
  open?: boolean;
}

export function FeatureTable({
  features,
  places,
  lang,
  selectedId = null,
  onSelect,
  open = false,
}: FeatureTableProps) {
  const t = useT(lang);
  const listed = features.length > MAX_TABLE_ROWS ? features.slice(0, MAX_TABLE_ROWS) : features;
  const more = features.length - listed.length;
  return (
    <details className="feature-table" open={open || undefined}>
      <summary>{t('table.summary', { count: features.length })}</summary>
      <div className="feature-table__scroll">
        <table>
          <caption className="visually-hidden">{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('table.kind')}</th>
              <th scope="col">{t('table.when')}</th>
              <th scope="col">{t('table.who')}</th>
              <th scope="col">{t('table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((feature) => {
              const p = feature.properties;
              const id = String(p.id);
              const kindKey = `kind.one.${p.kind}` as const;
              return (
                <tr
                  key={id}
                  data-kind={String(p.kind)}
                  data-id={id}
                  aria-current={id === selectedId || undefined}
                >
                  <td>
                    {onSelect ? (
                      <button type="button" className="link-button" onClick={() => onSelect(id)}>
                        {String(p.name ?? id)}
                      </button>
                    ) : (
                      String(p.name ?? id)
                    )}
                  </td>
                  <td className="feature-table__kind">{t(kindKey)}</td>
                  <td>{featureWhen(feature, lang)}</td>
                  <td>{featureWho(feature, places, lang)}</td>
                  <td>{p.status ? t(`status.${p.status}`) : ''}</td>
                </tr>
              );
            })}
          </tbody>
          {more > 0 && (
            <tfoot>
              <tr className="feature-table__more">
                <td colSpan={5}>{t('table.more', { count: formatNumber(more, lang) })}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </details>
  );
}
