// One fixture per validation rule in fixtures/story/invalid/: a table folder (the minimal
// story with one file broken) or a .geojson file, each with the exact messages expected.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tablesToStory } from '../../../src/story/tables/tablesToStory.ts';
import { validateStoryCollection } from '../../../src/story/validateStoryCollection.ts';
import { brokenStory, expectedLines, FIXTURES, problemLines, subfolders } from './storyFixtures.ts';

const INVALID = join(FIXTURES, 'invalid');

describe('invalid story tables', () => {
  for (const name of subfolders(INVALID)) {
    it(name, () => {
      const result = tablesToStory(brokenStory(join(INVALID, name)));
      expect(problemLines(result.problems)).toEqual(
        expectedLines(join(INVALID, name, 'expected.txt')),
      );
      const errors = result.problems.some((p) => p.severity === 'error');
      expect(result.collection === undefined).toBe(errors);
    });
  }
});

describe('invalid GeoJSON files', () => {
  const files = readdirSync(INVALID).filter((name) => name.endsWith('.geojson'));
  for (const name of files) {
    it(name, () => {
      const json: unknown = JSON.parse(readFileSync(join(INVALID, name), 'utf8'));
      const result = validateStoryCollection(json, name);
      const expected = expectedLines(join(INVALID, name.replace(/\.geojson$/, '.expected.txt')));
      expect(problemLines(result.problems)).toEqual(expected);
      expect(result.collection).toBeUndefined();
    });
  }
});
