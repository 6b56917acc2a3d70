// Language and theme, both kept in the URL like every other choice.
import { LANGS, THEMES, type Lang, type Theme } from '../state/appState.ts';
import type { Translate } from '../i18n/t.ts';

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', id: 'Bahasa Indonesia' };

export interface DisplaySettingsProps {
  lang: Lang;
  theme: Theme;
  onChange: (change: { lang?: Lang; theme?: Theme }) => void;
  t: Translate;
}

export function DisplaySettings({ lang, theme, onChange, t }: DisplaySettingsProps) {
  return (
    <div className="display-settings">
      <label className="field">
        <span className="field__label">{t('settings.lang')}</span>
        <select value={lang} onChange={(event) => onChange({ lang: event.target.value as Lang })}>
          {LANGS.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('settings.theme')}</span>
        <select
          value={theme}
          onChange={(event) => onChange({ theme: event.target.value as Theme })}
        >
          {THEMES.map((code) => (
            <option key={code} value={code}>
              {t(`theme.${code}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
