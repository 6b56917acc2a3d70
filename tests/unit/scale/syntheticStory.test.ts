// The bench's synthetic stories are loaded through the app's own validator (?data=): a story
// the validator refuses would make the bench time an error page, so it is checked here.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/story/problem.ts';
import { validateStoryCollection } from '../../../src/story/validateStoryCollection.ts';
import { syntheticStory } from '../../../scripts/bench/syntheticStory.ts';

describe('syntheticStory', () => {
  it('passes the validator with no errors', () => {
    const result = validateStoryCollection(syntheticStory(500, 7), 'synthetic-500.geojson');
    const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
    expect(result.collection?.features.filter((f) => f.properties?.kind === 'flow')).toHaveLength(
      500,
    );
  });

  it('is the same for the same seed, and differs for another', () => {
    const a = JSON.stringify(syntheticStory(200, 3));
    expect(JSON.stringify(syntheticStory(200, 3))).toBe(a);
    expect(JSON.stringify(syntheticStory(200, 4))).not.toBe(a);
  });
});
