import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { altText } from '../../../src/export/altText.ts';
import { asOfDay } from '../../../src/export/asOfDate.ts';
import type { StoryCollection } from '../../../src/story/types.ts';

const story = JSON.parse(
  readFileSync(new URL('../../fixtures/report/pyongyang-mini.geojson', import.meta.url), 'utf8'),
) as StoryCollection;
const meta = story.tripoint!.story;
const noFilter = { from: null, to: null, period: null };

describe('altText', () => {
  it('says what is shown, the period and the sources, from the data', () => {
    const text = altText({
      lang: 'en',
      title: meta.title.en,
      meta,
      state: noFilter,
      features: story.features,
    });
    // The date range's spacing comes from the platform's ICU (Intl formatRange).
    const [before, after] = text.split(/Period: 25\s*–\s*28 Jul 2023\. /);
    expect(before).toBe(
      'Map: Two delegations in Pyongyang. It shows 3 places, 2 delegation journeys and one trade flow. ' +
        "Among them: Shoigu's delegation to Pyongyang (confirmed); Li Hongzhong's delegation to Pyongyang (reported); " +
        "China's exports to North Korea, June 2023 (reported). ",
    );
    expect(after).toBe(
      'Sources: CNA (Reuters), The Moscow Times, Yonhap. Basemap: Natural Earth, de facto boundaries.',
    );
  });

  it('follows the filters: dates from the state, only the features given', () => {
    const movements = story.features.filter((f) => f.properties.kind === 'movement').slice(0, 1);
    const text = altText({
      lang: 'en',
      title: null,
      meta,
      state: { from: '2023-07-25', to: '2023-07-25', period: null },
      features: movements,
    });
    expect(text).toContain('It shows one delegation journey.');
    expect(text).toContain('Period: 25 Jul 2023.');
    expect(text).toContain('Sources: The Moscow Times.');
    expect(text).not.toContain('Yonhap');
  });

  it('names the trade period in a sentence of its own', () => {
    const flows = story.features.filter((f) => f.properties.kind === 'flow');
    const input = { title: null, meta, features: flows };
    const state = { from: null, to: null, period: '2023-06' };
    expect(altText({ ...input, lang: 'en', state })).toMatch(/\. Trade figures: June 2023\. /);
    expect(altText({ ...input, lang: 'id', state })).toMatch(/\. Data perdagangan: Juni 2023\. /);
    expect(altText({ ...input, lang: 'en', state: noFilter })).not.toContain('Trade figures');
  });

  it('says when nothing matches, in Indonesian too', () => {
    const text = altText({ lang: 'id', title: 'Peta', meta, state: noFilter, features: [] });
    expect(text).toContain('Tidak ada fitur yang cocok');
    expect(text).toContain('Peta dasar: Natural Earth');
  });
});

describe('asOfDay', () => {
  it('is the end of the dates shown, else the story period end, never the clock unless asked', () => {
    expect(asOfDay({ to: '2023-07-26' }, meta)).toBe('2023-07-26');
    expect(asOfDay({ to: null }, meta)).toBe('2023-07-28');
    expect(asOfDay({ to: null }, undefined)).toBeNull();
    expect(asOfDay({ to: null }, meta, new Date('2024-01-02T10:00:00Z'))).toBe('2024-01-02');
  });
});
