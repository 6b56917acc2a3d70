// Every source of a feature: publisher, date and title; a link only when the URL is http(s).
import { formatDate } from '../i18n/format.ts';
import type { Translate } from '../i18n/t.ts';
import type { Lang } from '../state/appState.ts';
import type { Source } from '../story/types.ts';
import { safeHref } from './safeHref.ts';

export function SourceList({
  sources,
  lang,
  t,
}: {
  sources: readonly Source[] | undefined;
  lang: Lang;
  t: Translate;
}) {
  const list = Array.isArray(sources) ? sources : [];
  if (list.length === 0) return <p className="details__empty">{t('details.noSources')}</p>;
  return (
    <ol className="sources">
      {list.map((source, index) => {
        const href = safeHref(source?.url);
        const publisher = String(source?.publisher ?? '');
        const label = source?.title
          ? `${publisher}: ${String(source.title)}`
          : publisher || String(source?.url ?? '');
        const date =
          typeof source?.date === 'string'
            ? formatDate(source.date, lang)
            : t('source.unknownDate');
        return (
          <li key={index} className="sources__item">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {label}
              </a>
            ) : (
              <span className="sources__unlinked">{label}</span>
            )}
            <span className="sources__date"> · {date}</span>
          </li>
        );
      })}
    </ol>
  );
}
