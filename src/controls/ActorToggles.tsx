// One checkbox per country. All checked = no actor filter (actors=null in the URL).
import { countryName } from '../i18n/countryName.ts';
import type { Translate } from '../i18n/t.ts';
import type { Lang } from '../state/appState.ts';

export interface ActorTogglesProps {
  actors: readonly string[];
  /** Selected actors; null = all. */
  selected: readonly string[] | null;
  onChange: (actors: string[] | null) => void;
  colorOf: (actor: string) => string;
  lang: Lang;
  t: Translate;
}

export function ActorToggles({ actors, selected, onChange, colorOf, lang, t }: ActorTogglesProps) {
  const isOn = (actor: string) => selected === null || selected.includes(actor);
  const toggle = (actor: string, on: boolean) => {
    const next = actors.filter((a) => (a === actor ? on : isOn(a)));
    // Actors named in the URL but absent from the story stay selected, so nothing is lost silently.
    const extra = (selected ?? []).filter((a) => !actors.includes(a));
    // The URL cannot say "no actor at all": the last country stays on.
    if (next.length + extra.length === 0) return;
    onChange(next.length === actors.length && extra.length === 0 ? null : [...next, ...extra]);
  };
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{t('actors.heading')}</legend>
      <ul className="toggle-list toggle-list--columns">
        {actors.map((actor) => (
          <li key={actor}>
            <label className="toggle">
              <input
                type="checkbox"
                name="actor"
                value={actor}
                checked={isOn(actor)}
                onChange={(event) => toggle(actor, event.target.checked)}
              />
              <span
                className="toggle__dot"
                style={{ background: colorOf(actor) }}
                aria-hidden="true"
              />
              <span className="toggle__label">{countryName(actor, lang)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
