// One checkbox per kind the story has: turning a layer off hides it, never rebuilds the map.
import type { Translate } from '../i18n/t.ts';
import type { Kind } from '../story/types.ts';

export interface LayerTogglesProps {
  /** Kinds present in the story, in display order, with how many features each has. */
  kinds: readonly { kind: Kind; count: number }[];
  layers: readonly Kind[];
  onChange: (layers: Kind[]) => void;
  t: Translate;
}

export function LayerToggles({ kinds, layers, onChange, t }: LayerTogglesProps) {
  const toggle = (kind: Kind, on: boolean) => {
    // Keep the story's order so the URL is stable whatever the clicking order.
    const next = kinds.map((k) => k.kind).filter((k) => (k === kind ? on : layers.includes(k)));
    onChange(next);
  };
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{t('layers.heading')}</legend>
      <ul className="toggle-list">
        {kinds.map(({ kind, count }) => (
          <li key={kind}>
            <label className="toggle">
              <input
                type="checkbox"
                name="layer"
                value={kind}
                checked={layers.includes(kind)}
                onChange={(event) => toggle(kind, event.target.checked)}
              />
              <span className={`toggle__swatch toggle__swatch--${kind}`} aria-hidden="true" />
              <span className="toggle__label">{t(`kind.${kind}`)}</span>
              <span className="toggle__count">{count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
