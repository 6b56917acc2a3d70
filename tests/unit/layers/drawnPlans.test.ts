import { describe, expect, it } from 'vitest';
import { arcKind, drawnPlans } from '../../../src/layers/arcPlan.ts';
import { FAST_PATH_THRESHOLD } from '../../../src/scale/fastPath.ts';
import type { TripointFeature } from '../../../src/story/types.ts';

const SOURCE = [{ url: 'https://example.org', publisher: 'Test', date: '2024-01-01' }];

function place(id: string, lon: number, lat: number): TripointFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { kind: 'place', id, name: id, country: 'KOR' },
  } as TripointFeature;
}

function flow(i: number): TripointFeature {
  return {
    type: 'Feature',
    geometry: null,
    properties: {
      kind: 'flow',
      id: `flow-${i}`,
      name: `flow ${i}`,
      from: 'a',
      to: i % 2 ? 'b' : 'c',
      period: '2023-06',
      value: i + 1,
      unit: 'USD',
      status: 'confirmed',
      sources: SOURCE,
    },
  } as unknown as TripointFeature;
}

const movementNumber = (i: number) =>
  ({
    type: 'Feature',
    geometry: null,
    properties: {
      kind: 'movement',
      id: `m${i}`,
      name: 'visit',
      from: 'a',
      to: 'b',
      actor: 'RUS',
      start: '2023-07-25',
      end: '2023-07-27',
      status: 'confirmed',
      sources: SOURCE,
    },
  }) as unknown as TripointFeature;

const movement = movementNumber(1);

const places = [place('a', 37.6, 55.7), place('b', 125.7, 39), place('c', 116.4, 39.9)];

describe('drawnPlans', () => {
  it('plans every arc of a story at or below the fast-path threshold', () => {
    const features = [...places, movement, ...Array.from({ length: 3 }, (_, i) => flow(i))];
    const plans = drawnPlans(features);
    expect([...plans.keys()].sort()).toEqual(['flow-0', 'flow-1', 'flow-2', 'm1']);
  });

  it('leaves the flows to the fast renderer above it (plain great circles), plans the rest', () => {
    const flows = Array.from({ length: FAST_PATH_THRESHOLD + 1 }, (_, i) => flow(i));
    const features = [...places, movement, ...flows];
    const plans = drawnPlans(features);
    expect([...plans.keys()]).toEqual(['m1']);
    expect(arcKind(flows[0]!, features)).toBe('geodesic');
    // Cached per features array: the legend and the map share one planning.
    expect(drawnPlans(features)).toBe(plans);
  });

  it('judges movements on their own count: thousands go to the fast renderer, flows stay planned', () => {
    const movements = Array.from({ length: FAST_PATH_THRESHOLD + 1 }, (_, i) => movementNumber(i));
    const features = [...places, ...movements, flow(0), flow(1)];
    expect([...drawnPlans(features).keys()].sort()).toEqual(['flow-0', 'flow-1']);
  });
});
