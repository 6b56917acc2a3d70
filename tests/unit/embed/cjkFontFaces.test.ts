import { describe, expect, it } from 'vitest';
import { keepFacesFor, unicodeRanges } from '../../../scripts/vite/cjkFontFacesPlugin.ts';

const CSS = `/* noto-sans-sc-[4]-400-normal */
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/a.woff2) format('woff2');
  unicode-range: U+1f1e9-1f1f5,U+1f21a;
}

/* noto-sans-sc-[5]-400-normal */
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/b.woff2) format('woff2');
  unicode-range: U+4eac,U+5317-5318;
}

/* no range: always kept */
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/c.woff2) format('woff2');
}
`;

describe('unicodeRanges', () => {
  it('reads single code points and ranges', () => {
    expect(unicodeRanges('unicode-range: U+4eac,U+5317-5318;')).toEqual([
      [0x4eac, 0x4eac],
      [0x5317, 0x5318],
    ]);
  });
});

describe('keepFacesFor', () => {
  it('keeps the slices that cover a character of the stories, and those without a range', () => {
    const kept = keepFacesFor(CSS, new Set(['北'.codePointAt(0)!])); // U+5317
    expect(kept).toContain('b.woff2');
    expect(kept).toContain('c.woff2');
    expect(kept).not.toContain('a.woff2');
  });

  it('drops every ranged slice when the stories have no such character', () => {
    const kept = keepFacesFor(CSS, new Set([0xe9]));
    expect(kept.match(/@font-face/g)).toHaveLength(1);
  });
});
