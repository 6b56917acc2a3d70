import { describe, expect, it } from 'vitest';
import { facesFor, labelLines, warmFonts, type FaceLike } from '../../../src/embed/warmFonts.ts';

const features = [
  {
    properties: {
      kind: 'place',
      name: 'Beijing',
      names: { zh: '北京', ko: '베이징' },
      local: 'zh',
    },
  },
  { properties: { kind: 'place', name: 'Moscow', names: { ru: 'Москва' }, local: 'ru' } },
  { properties: { kind: 'event', name: 'Event', names: { zh: '中朝' }, local: 'zh' } },
  { properties: null },
];

function face(family: string, weight: string, unicodeRange: string, loaded: string[]): FaceLike {
  return {
    family,
    weight,
    unicodeRange,
    load: () => (loaded.push(`${family} ${weight} ${unicodeRange}`), Promise.resolve()),
  };
}

describe('labelLines', () => {
  it('takes the places names and the local name each label shows', () => {
    expect(labelLines(features)).toEqual({ bold: 'BeijingMoscow', regular: '北京Москва' });
  });
});

describe('facesFor', () => {
  const loaded: string[] = [];
  const faces = [
    face('"Noto Sans"', '400', 'U+0000-00FF', loaded),
    face('"Noto Sans"', '600', 'U+0000-00FF', loaded),
    face('"Noto Sans"', '400', 'U+0400-045F', loaded),
    face('"Noto Sans KR"', '400', 'U+0000-00FF', loaded),
    face('"Noto Sans KR"', '400', 'U+4EAC', loaded),
    face('"Noto Sans SC"', '400', 'U+4EAC, U+5317', loaded),
  ];

  it('picks, per character, the first family of the stack that covers it', () => {
    const chosen = [...facesFor('北京 ab', 400, faces)].map((f) => `${f.family} ${f.unicodeRange}`);
    // "a" and "b": Noto Sans, never KR's Latin slice; 京: KR first; 北: only SC has it.
    expect(chosen.sort()).toEqual([
      '"Noto Sans KR" U+4EAC',
      '"Noto Sans SC" U+4EAC, U+5317',
      '"Noto Sans" U+0000-00FF',
    ]);
  });

  it('uses the requested weight where the family has it, else another', () => {
    const [latin] = [...facesFor('a', 600, faces)];
    expect(latin?.weight).toBe('600');
    expect([...facesFor('京', 600, faces)][0]?.family).toBe('"Noto Sans KR"');
  });

  it('warmFonts loads exactly the chosen slices', () => {
    warmFonts(features, faces);
    expect(loaded.sort()).toEqual(
      [
        '"Noto Sans KR" 400 U+4EAC',
        '"Noto Sans SC" 400 U+4EAC, U+5317',
        '"Noto Sans" 400 U+0400-045F',
        '"Noto Sans" 600 U+0000-00FF',
      ].sort(),
    );
  });
});
