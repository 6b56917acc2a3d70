// The bench's synthetic stories are loaded through the app's own validator (?data=): a story
// the validator refuses would make the bench time an error page, so it is checked here.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/story/problem.ts';
import { validateStoryCollection } from '../../../src/story/validateStoryCollection.ts';
import { syntheticStory } from '../../../scripts/bench/syntheticStory.ts';

describe('syntheticStory', () => {
  it('passes the validator with no errors or warnings', () => {
    const result = validateStoryCollection(syntheticStory(500, 7), 'synthetic-500.geojson');
    // No warnings either: a reader opening it sees the map, not 500 notes.
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.collection?.features.filter((f) => f.properties?.kind === 'flow')).toHaveLength(
      500,
    );
  });

  it('makes trips instead when asked, also valid', () => {
    const result = validateStoryCollection(
      syntheticStory(300, 7, 'movement'),
      'synthetic-movements-300.geojson',
    );
    expect(result.problems.map(formatProblem)).toEqual([]);
    const kinds = new Set(result.collection?.features.map((f) => f.properties?.kind));
    expect(kinds).toEqual(new Set(['place', 'movement']));
  });

  it('is the same for the same seed, and differs for another', () => {
    const a = JSON.stringify(syntheticStory(200, 3));
    expect(JSON.stringify(syntheticStory(200, 3))).toBe(a);
    expect(JSON.stringify(syntheticStory(200, 4))).not.toBe(a);
  });
});
