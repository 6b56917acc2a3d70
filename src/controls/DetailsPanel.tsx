// Details of the selected feature: its name, kind, status, facts and every source.
// Everything from the data is rendered as React text: never HTML.
import { useMemo } from 'react';
import { useT } from '../i18n/t.ts';
import type { Lang } from '../state/appState.ts';
import type { PlaceIndex } from '../state/featureActors.ts';
import type { TripointFeature } from '../story/types.ts';
import { detailsRows } from './detailsRows.ts';
import { SourceList } from './SourceList.tsx';
import '../styles/panel.css';

export interface DetailsPanelProps {
  feature: TripointFeature;
  places: PlaceIndex;
  lang: Lang;
  onClose: () => void;
}

export function DetailsPanel({ feature, places, lang, onClose }: DetailsPanelProps) {
  const t = useT(lang);
  const p = feature.properties;
  const rows = useMemo(() => detailsRows(feature, places, lang, t), [feature, places, lang, t]);
  const kindKey = `kind.one.${p.kind}` as const;
  return (
    <section className="details" aria-labelledby="details-title" data-feature-id={String(p.id)}>
      <header className="details__header">
        <p className="details__kind">
          {t(kindKey)}
          {p.status && (
            <span className={`status-badge status-badge--${p.status}`}>
              {t(`status.${p.status}`)}
            </span>
          )}
        </p>
        <h2 id="details-title" className="details__title">
          {String(p.name ?? p.id)}
        </h2>
        <button
          type="button"
          className="icon-button details__close"
          onClick={onClose}
          aria-label={t('details.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <dl className="details__facts">
        {rows.map((row) => (
          <div key={row.label} className="details__fact">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {p.kind !== 'place' && (
        <>
          <h3 className="details__subhead">{t('details.sources')}</h3>
          <SourceList sources={p.sources} lang={lang} t={t} />
        </>
      )}
    </section>
  );
}
