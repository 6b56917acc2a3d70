import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterFeatures, type FilterState } from '../../../src/state/filterFeatures.ts';
import { storyFacets } from '../../../src/state/storyFacets.ts';
import { dateSpan } from '../../../src/state/dateSpans.ts';
import { KINDS, type StoryCollection } from '../../../src/story/types.ts';

const story = JSON.parse(
  readFileSync(
    new URL('../../fixtures/browse/victory-day-fixture.geojson', import.meta.url),
    'utf8',
  ),
) as StoryCollection;
const all: FilterState = { layers: [...KINDS], actors: null, from: null, to: null, period: null };
const ids = (change: Partial<FilterState>) =>
  [...filterFeatures(story.features, { ...all, ...change }).ids].sort();
const kindOf = (id: string) => story.features.find((f) => f.properties.id === id)?.properties.kind;

describe('filterFeatures', () => {
  it('shows everything by default, one flow per lane (its latest month), and counts it', () => {
    const result = filterFeatures(story.features, all);
    expect(result.total).toBe(story.features.length);
    // China's exports lane has three flows (2022, June 2022, June 2023): only June 2023 is drawn.
    expect(result.shown).toBe(story.features.length - 2);
    expect(result.ids.has('cn-kp-2023-06')).toBe(true);
    expect(result.ids.has('cn-kp-2022-06')).toBe(false);
    expect(result.visible.map((f) => f.properties.id)).toEqual(
      [...result.ids].sort(
        (a, b) =>
          story.features.findIndex((f) => f.properties.id === a) -
          story.features.findIndex((f) => f.properties.id === b),
      ),
    );
  });

  it('hides layers that are off', () => {
    const shown = ids({ layers: ['place'] });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((id) => kindOf(id) === 'place')).toBe(true);
  });

  it('shows only China’s movements and flows for actors=CHN, flows by exporter', () => {
    const shown = ids({ actors: ['CHN'] });
    expect(shown.filter((id) => kindOf(id) === 'movement')).toEqual(['li-hongzhong-2023']);
    expect(shown.filter((id) => kindOf(id) === 'flow')).toEqual(['cn-kp-2023-06']);
    // North Korea's exports to China are North Korea's, not China's.
    expect(shown).not.toContain('kp-cn-2022');
    // Places: China's own, and those a shown feature starts or ends at.
    expect(shown).toContain('beijing');
    expect(shown).toContain('pyongyang-sunan');
    expect(shown).not.toContain('moscow');
  });

  it('shows claims to every party: claimant and deniers', () => {
    expect(ids({ actors: ['RUS'] })).toContain('arms-claim');
    expect(ids({ actors: ['USA'] })).toContain('arms-claim');
    expect(ids({ actors: ['CHN'] })).not.toContain('arms-claim');
  });

  it('keeps to one day: movements spanning it, events on it, flows whose period holds it', () => {
    const shown = ids({ from: '2023-07-26', to: '2023-07-26' });
    expect(shown).toEqual(
      expect.arrayContaining([
        'shoigu-2023',
        'li-hongzhong-2023',
        'putin-letter',
        'ru-kp-2023',
        'arms-claim',
      ]),
    );
    for (const hidden of [
      'parade-2023-07-27',
      'xi-letter',
      'border-closure-2020',
      'cn-kp-2023-06',
      'cn-kp-2022',
    ]) {
      expect(shown).not.toContain(hidden);
    }
  });

  it('plays "as of" a date with an open start', () => {
    const asOf25 = ids({ to: '2023-07-25' });
    expect(asOf25).toContain('shoigu-2023');
    expect(asOf25).not.toContain('li-hongzhong-2023');
    expect(asOf25).toContain('border-closure-2020');
  });

  it('picks a trade period exactly, leaving other kinds alone', () => {
    const shown = ids({ period: '2022' });
    expect(shown.filter((id) => kindOf(id) === 'flow')).toEqual(['cn-kp-2022', 'kp-cn-2022']);
    expect(shown).toContain('shoigu-2023');
  });

  it('hides undated claims once a date is set', () => {
    const features = story.features.map((f) =>
      f.properties.id === 'arms-claim'
        ? { ...f, properties: { ...f.properties, date: undefined } }
        : f,
    ) as unknown as StoryCollection['features'];
    const visible = (from: string | null) =>
      filterFeatures(features, { ...all, from }).ids.has('arms-claim');
    expect(visible(null)).toBe(true);
    expect(visible('2023-01-01')).toBe(false);
  });

  it('always shows features of no known kind (the plain "Other" layer)', () => {
    const other = {
      type: 'Feature',
      geometry: null,
      properties: { kind: 'other', id: 'x1', name: 'x' },
    };
    const features = [...story.features, other] as StoryCollection['features'];
    expect(filterFeatures(features, { ...all, layers: [] }).ids.has('x1')).toBe(true);
  });
});

describe('storyFacets', () => {
  it('lists actors, periods (years first) and the story period', () => {
    const facets = storyFacets(story);
    expect(facets.actors.slice(0, 3)).toEqual(['RUS', 'CHN', 'PRK']);
    expect(facets.actors).toContain('USA');
    expect(facets.periods).toEqual(['2022', '2023', '2022-06', '2023-06']);
    expect(facets.period).toEqual({ from: '2023-07-24', to: '2023-07-28' });
  });
});

describe('dateSpan', () => {
  it('spans a month, a leap February and a year', () => {
    expect(dateSpan('2023-06')).toEqual({ start: '2023-06-01', end: '2023-06-30' });
    expect(dateSpan('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateSpan('2023')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(dateSpan('July')).toBeNull();
  });
});

describe('storyFacets steps', () => {
  it('lists each day inside the period on which something starts, once, ascending', () => {
    expect(storyFacets(story).steps).toEqual(['2023-07-25', '2023-07-26', '2023-07-27']);
  });
});
