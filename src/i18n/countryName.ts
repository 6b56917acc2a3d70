// A country's name in the reader's language from its ISO alpha-3 code, via Intl.DisplayNames
// (which wants alpha-2). Unknown codes and organisations come back unchanged.
import type { Lang } from '../state/appState.ts';
import { LOCALES } from './format.ts';

// The countries stories are likely to name; extend as stories need. Keyed alpha-3 -> alpha-2.
// prettier-ignore
const ALPHA2: Readonly<Record<string, string>> = {
  AFG: 'AF', ARE: 'AE', ARG: 'AR', AUS: 'AU', BLR: 'BY', BRA: 'BR', CAN: 'CA', CHN: 'CN', DEU: 'DE',
  EGY: 'EG', ESP: 'ES', FRA: 'FR', GBR: 'GB', HKG: 'HK', IDN: 'ID', IND: 'IN', IRN: 'IR', IRQ: 'IQ',
  ISR: 'IL', ITA: 'IT', JPN: 'JP', KAZ: 'KZ', KOR: 'KR', MEX: 'MX', MNG: 'MN', MYS: 'MY', NLD: 'NL',
  PAK: 'PK', PHL: 'PH', POL: 'PL', PRK: 'KP', RUS: 'RU', SAU: 'SA', SGP: 'SG', SYR: 'SY', THA: 'TH',
  TUR: 'TR', TWN: 'TW', UKR: 'UA', USA: 'US', VNM: 'VN', ZAF: 'ZA',
};

const cache = new Map<Lang, Intl.DisplayNames | null>();

function displayNames(lang: Lang): Intl.DisplayNames | null {
  if (!cache.has(lang)) {
    try {
      cache.set(lang, new Intl.DisplayNames([LOCALES[lang]], { type: 'region', fallback: 'none' }));
    } catch {
      cache.set(lang, null);
    }
  }
  return cache.get(lang) ?? null;
}

export function countryName(code: string, lang: Lang): string {
  const alpha2 = ALPHA2[code];
  if (!alpha2) return code;
  return displayNames(lang)?.of(alpha2) ?? code;
}
