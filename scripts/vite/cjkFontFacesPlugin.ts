// Keeps only the CJK @font-face slices the published stories need. Noto Sans SC and KR ship
// 225 unicode-range slices whose @font-face rules alone weigh ~75 KB gzip of CSS — more than
// the rest of the app's CSS ten times over, paid by every first load (the embed's budget is
// 200 KB). Slices covering no character of geo/*.geojson are dropped, with their font files;
// a reader's own file with other Chinese or Korean characters falls back to the system font.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const CJK_FONT_CSS = /@fontsource[\\/]noto-sans-(sc|kr)[\\/][^?]*\.css$/;
// A comment line and the @font-face rule after it, as fontsource writes them.
const FACE = /(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*\}\s*/g;

type Range = [number, number];

/** Parses `unicode-range: U+4e00-9fff,U+3000;` into code point ranges. */
export function unicodeRanges(rule: string): Range[] {
  const value = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1] ?? '';
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [start = '', end = start] = part.split('-');
      return [parseInt(start, 16), parseInt(end, 16)] as Range;
    });
}

/** The CSS with only the @font-face rules that cover one of `codePoints` (rules without a range stay). */
export function keepFacesFor(css: string, codePoints: ReadonlySet<number>): string {
  return css.replace(FACE, (rule) => {
    const ranges = unicodeRanges(rule);
    if (ranges.length === 0) return rule;
    for (const point of codePoints) {
      if (ranges.some(([start, end]) => point >= start && point <= end)) return rule;
    }
    return '';
  });
}

/** Every non-ASCII code point in the stories (names, local names, texts). */
export function storyCodePoints(geoDir: string): Set<number> {
  const points = new Set<number>();
  for (const name of readdirSync(geoDir)) {
    if (!name.endsWith('.geojson')) continue;
    for (const char of readFileSync(join(geoDir, name), 'utf8')) {
      const point = char.codePointAt(0)!;
      if (point > 0x7f) points.add(point);
    }
  }
  return points;
}

export function cjkFontFacesPlugin(geoDir: string): Plugin {
  let points: Set<number> | null = null;
  return {
    name: 'tripoint-cjk-font-faces',
    // Before Vite's CSS plugin turns the url()s into emitted font files.
    enforce: 'pre',
    transform(code, id) {
      if (!CJK_FONT_CSS.test(id)) return null;
      points ??= storyCodePoints(geoDir);
      return { code: keepFacesFor(code, points), map: null };
    },
  };
}
