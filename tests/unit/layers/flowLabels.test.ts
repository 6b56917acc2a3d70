import { describe, expect, it } from 'vitest';
import { labelledFlows } from '../../../src/layers/flowLabels.ts';
import type { FlowFeature } from '../../../src/story/types.ts';

function flow(id: string, value: number, period = '2023-06', ratio?: number): FlowFeature {
  return {
    type: 'Feature',
    geometry: null,
    properties: {
      kind: 'flow',
      id,
      name: id,
      from: 'a',
      to: 'b',
      period,
      value,
      unit: 'USD',
      status: 'confirmed',
      sources: [{ url: 'https://example.org', publisher: 'Example', date: '2023' }],
      ...(ratio === undefined ? {} : { change: { ratio, basis: 'stated' } }),
    },
  } as FlowFeature;
}

const ids = (set: Set<string> | null) => (set ? [...set].sort() : null);

describe('labelledFlows', () => {
  it('labels every drawn flow up to the limit', () => {
    const flows = [flow('a', 1), flow('b', 2)];
    expect(labelledFlows(flows, new Set(['a', 'b']), 2)).toBeNull();
  });

  it('past the limit keeps the largest change first, then the largest value for its granularity', () => {
    const flows = [
      flow('small-but-eightfold', 10, '2023-06', 8),
      flow('big-month', 900),
      flow('mid-month', 500),
      flow('small-month', 20),
      // A year is scaled against years: 5,000 of a 5,000 maximum outranks 500 of 900.
      flow('top-year', 5000, '2023'),
    ];
    const drawn = new Set(flows.map((f) => f.properties.id));
    expect(ids(labelledFlows(flows, drawn, 3))).toEqual(
      ['big-month', 'small-but-eightfold', 'top-year'].sort(),
    );
  });

  it('only ranks flows that are drawn, and breaks ties by id so the choice is stable', () => {
    const flows = [flow('c', 5), flow('b', 5), flow('a', 5), flow('hidden', 1000)];
    expect(ids(labelledFlows(flows, new Set(['a', 'b', 'c']), 2))).toEqual(['a', 'b']);
  });
});
