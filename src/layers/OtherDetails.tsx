// Details of a plain ("Other") feature: its properties as text, the first 200 of them,
// each value cut at 2,000 characters. React text nodes only; no links are made from data.
import type { Feature, Geometry } from 'geojson';
import { otherFeatureLabel } from './OtherLayer.tsx';

const MAX_ROWS = 200;
const MAX_CHARS = 2000;

function valueText(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
}

export interface OtherDetailsProps {
  feature: Feature<Geometry | null>;
  index: number;
  onClose: () => void;
}

export function OtherDetails({ feature, index, onClose }: OtherDetailsProps) {
  const entries = Object.entries(feature.properties ?? {});
  return (
    <section className="other-details" data-testid="other-details" aria-label="Feature details">
      <header className="other-details__head">
        <h2 dir="auto">{otherFeatureLabel(feature, index)}</h2>
        <button type="button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      {entries.length === 0 ? (
        <p className="other-details__empty">This feature has no properties.</p>
      ) : (
        <dl>
          {entries.slice(0, MAX_ROWS).map(([key, value]) => (
            <div key={key} className="other-details__row">
              <dt dir="auto">{key}</dt>
              <dd dir="auto">{valueText(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {entries.length > MAX_ROWS && (
        <p className="other-details__more">
          …and {(entries.length - MAX_ROWS).toLocaleString('en')} more properties.
        </p>
      )}
    </section>
  );
}
