// The profile on top of the structure: warnings for legal but suspicious values,
// plain features left alone, and the lenient mode for files from elsewhere.

import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/story/problem.ts';
import { validateStoryCollection } from '../../../src/story/validateStoryCollection.ts';

const SOURCES = [{ url: 'https://example.org/a', publisher: 'Example News', date: '2023-07' }];
const place = (id: string, coordinates: number[]) => ({
  type: 'Feature',
  properties: { kind: 'place', id, name: id, country: 'PRK' },
  geometry: { type: 'Point', coordinates },
});
const flow = (props: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: null,
  properties: {
    kind: 'flow',
    id: 'f',
    name: 'Trade',
    from: 'a',
    to: 'b',
    period: '2023',
    value: 1,
    unit: 'USD',
    status: 'reported',
    sources: SOURCES,
    ...props,
  },
});
const story = (...features: unknown[]) => ({
  type: 'FeatureCollection',
  features: [place('a', [125, 39]), place('b', [116, 40]), ...features],
});

describe('validateStoryCollection', () => {
  it('accepts a flow with geometry null (the loader derives the arc)', () => {
    const result = validateStoryCollection(story(flow({})), 'f.geojson');
    expect(result.problems).toEqual([]);
    expect(result.collection?.features).toHaveLength(3);
  });

  it('warns about value 0 and an arc from a place to itself', () => {
    const { problems, collection } = validateStoryCollection(
      story(flow({ value: 0, to: 'a' })),
      'w.geojson',
    );
    expect(problems.map(formatProblem)).toEqual([
      'w.geojson feature 2 (id=f): value is 0: is the figure really zero, or unknown (then leave the row out and say so in a note)?',
      'w.geojson feature 2 (id=f): to is the same place as from ("a"): the arc has no length',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(collection).toBeDefined();
  });

  it('leaves features without a Tripoint kind to the structure checks', () => {
    const plain = { type: 'Feature', properties: { kind: 'travel', name: 'x' }, geometry: null };
    expect(validateStoryCollection(story(plain), 'p.geojson').problems).toEqual([]);
  });

  it("says when a story file has a kind that is not Tripoint's", () => {
    const typo = { type: 'Feature', properties: { kind: 'plcae', name: 'x' }, geometry: null };
    const json = { ...story(typo), tripoint: { profile: 1, story: STORY } };
    expect(
      validateStoryCollection(json, 's.geojson').problems.map((p) => `${p.severity}: ${p.message}`),
    ).toEqual([
      'warning: kind "plcae" is not one of place, movement, flow, event, claim: drawn as a plain feature',
    ]);
  });

  it('reports profile problems beside structural ones, so all can be fixed at once', () => {
    const json = story(flow({ status: 'rumour' }), place('c', [0, 95]));
    expect(validateStoryCollection(json, 'both.geojson').problems.map((p) => p.message)).toEqual([
      'geometry.coordinates[1]: latitude 95 is out of range [-90, 90] (longitude and latitude swapped? GeoJSON positions are [longitude, latitude])',
      'status must be one of confirmed, reported, alleged, denied, got "rumour"',
    ]);
  });

  it('in lenient mode, keeps a broken Tripoint feature as a plain one', () => {
    const result = validateStoryCollection(story(flow({ value: '8x' })), 'l.geojson', {
      lenient: true,
    });
    expect(result.problems.map((p) => `${p.severity}: ${p.message}`)).toEqual([
      'warning: value must be a number, got "8x"; drawn as a plain feature',
    ]);
    expect(result.collection?.features[2]?.properties).not.toHaveProperty('kind');
  });
});

const STORY = {
  id: 's',
  title: { en: 'S' },
  dek: { en: 'D' },
  languages: ['en'],
  bounds: [30, 100, 45, 130],
  period: { from: '2023-01-01', to: '2023-12-31' },
  credits: { en: 'C' },
  actors: ['PRK'],
};
