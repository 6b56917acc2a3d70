// Turf style: every folder in fixtures/story/in/ builds to the GeoJSON in out/.
// UPDATE_GOLDENS=1 rewrites the goldens; look at them (geojson.io) before committing.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryFolder } from '../../../scripts/geo/readStoryFolder.ts';
import { serializeStory } from '../../../src/story/serializeStory.ts';
import { tablesToStory } from '../../../src/story/tables/tablesToStory.ts';
import { validateStoryCollection } from '../../../src/story/validateStoryCollection.ts';
import { FIXTURES, subfolders } from './storyFixtures.ts';

describe('tablesToStory', () => {
  for (const name of subfolders(join(FIXTURES, 'in'))) {
    it(`builds in/${name} into out/${name}.geojson`, () => {
      const result = tablesToStory(readStoryFolder(join(FIXTURES, 'in', name)));
      expect(result.problems).toEqual([]);
      const text = serializeStory(result.collection!);
      const golden = join(FIXTURES, 'out', `${name}.geojson`);
      if (process.env.UPDATE_GOLDENS || !existsSync(golden)) writeFileSync(golden, text);
      expect(text).toBe(readFileSync(golden, 'utf8'));
      expect(validateStoryCollection(JSON.parse(text), golden).problems).toEqual([]);
    });
  }

  it('computes a change ratio from the two sourced values, never from a typed number', () => {
    const { collection } = tablesToStory(readStoryFolder(join(FIXTURES, 'in/minimal')));
    const flow = collection!.features.find((f) => f.properties.id === 'f-2023')!;
    // 34 / 4 from the table's own rows
    expect(flow.properties).toMatchObject({
      change: { ratio: 8.5, against: '2022', basis: 'computed' },
    });
  });

  it('keeps place names in their scripts and the column order stable', () => {
    const { collection } = tablesToStory(readStoryFolder(join(FIXTURES, 'in/minimal')));
    const moscow = collection!.features[0]!;
    expect(moscow.properties).toMatchObject({ names: { ru: 'Москва' }, local: 'ru', rank: 1 });
    expect(Object.keys(moscow.properties)).toEqual([
      'kind',
      'id',
      'name',
      'country',
      'names',
      'local',
      'rank',
    ]);
  });

  it('cuts the Tokyo to San Francisco arc at the antimeridian', () => {
    const { collection } = tablesToStory(readStoryFolder(join(FIXTURES, 'in/pacific')));
    const arc = collection!.features.find((f) => f.properties.id === 'tokyo-sf')!;
    expect(arc.geometry?.type).toBe('MultiLineString');
  });
});
