import { describe, expect, it } from 'vitest';
import { labelText, warmFonts } from '../../../src/embed/warmFonts.ts';

const features = [
  { properties: { name: 'Beijing', names: { zh: '北京' } } },
  { properties: { name: 'Pyongyang', names: { ko: '평양' } } },
  { properties: null },
];

describe('labelText', () => {
  it('holds every character of the names and local names once', () => {
    const text = labelText(features);
    for (const char of 'BeijngPyoa北京평양') expect(text).toContain(char);
    expect(text.split('g').length - 1).toBe(1);
  });
});

describe('warmFonts', () => {
  it('asks the font set to load every family and weight for that text', () => {
    const calls: [string, string][] = [];
    const fonts = {
      load: (font: string, text: string) => {
        calls.push([font, text]);
        return Promise.resolve([]);
      },
    } as unknown as FontFaceSet;
    warmFonts(features, fonts);
    expect(calls.map(([font]) => font)).toContain('400 13px "Noto Sans KR"');
    expect(calls.map(([font]) => font)).toContain('600 13px "Noto Sans"');
    expect(calls.every(([, text]) => text.includes('평'))).toBe(true);
  });

  it('does nothing without labels', () => {
    const fonts = {
      load: () => Promise.reject(new Error('should not be called')),
    } as unknown as FontFaceSet;
    expect(() => warmFonts([], fonts)).not.toThrow();
  });
});
