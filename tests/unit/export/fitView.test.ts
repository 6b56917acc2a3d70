import { describe, expect, it } from 'vitest';
import { featureBounds } from '../../../src/export/featureBounds.ts';
import { fitView } from '../../../src/export/fitView.ts';
import { deepestEventStack, reportPadding } from '../../../src/export/reportPadding.ts';
import type { TripointFeature } from '../../../src/story/types.ts';

const place = (id: string, lng: number, lat: number): TripointFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: { kind: 'place', id, name: id, country: 'RUS' },
});
const event = (id: string, at: string): TripointFeature => ({
  type: 'Feature',
  geometry: null as never,
  properties: {
    kind: 'event',
    id,
    name: id,
    date: '2023-07-27',
    place: at,
    status: 'confirmed',
    sources: [],
  },
});
const moscow = place('moscow', 37.6, 55.75);
const pyongyang = place('pyongyang', 125.75, 39.02);
const movement: TripointFeature = {
  type: 'Feature',
  geometry: null,
  properties: {
    kind: 'movement',
    id: 'm',
    name: 'm',
    from: 'moscow',
    to: 'pyongyang',
    actor: 'RUS',
    start: '2023-07-25',
    end: '2023-07-27',
    people: [],
    status: 'confirmed',
    sources: [],
  },
};

describe('featureBounds', () => {
  it('uses the places a derived line joins, and the drawn line when given', () => {
    expect(featureBounds([movement], [moscow, pyongyang, movement])).toEqual([
      39.02, 37.6, 55.75, 125.75,
    ]);
    const drawn = new Map([
      [
        'm',
        {
          line: [
            [37.6, 55.75],
            [80, 70],
            [125.75, 39.02],
          ],
        },
      ],
    ]);
    expect(featureBounds([movement], [moscow, pyongyang, movement], drawn)).toEqual([
      39.02, 37.6, 70, 125.75,
    ]);
  });

  it('is null when nothing has a position', () => {
    expect(featureBounds([movement])).toBeNull();
  });
});

describe('fitView', () => {
  it('fits like Leaflet: whole world at 256 px is zoom 0, snapped down to quarter zooms', () => {
    expect(
      fitView([-85, -180, 85, 180], { width: 256, height: 256 }, { padding: 0, minZoom: 0 }).zoom,
    ).toBe(0);
    const view = fitView(
      [39.02, 37.6, 55.75, 125.75],
      { width: 1000, height: 500 },
      { padding: 20 },
    );
    // 88.15° of longitude in 960 px: 2^z = 960 / (88.15 / 360 × 256) → z ≈ 3.94 → 3.75.
    expect(view.zoom).toBe(3.75);
    expect(view.lng).toBeCloseTo(81.675, 3);
    // The Mercator middle lies north of the latitudes' average.
    expect(view.lat).toBeGreaterThan((39.02 + 55.75) / 2);
  });

  it('shows a single point at the point zoom and shifts the center for uneven padding', () => {
    expect(fitView([10, 20, 10, 20], { width: 400, height: 300 }, { pointZoom: 6 }).zoom).toBe(6);
    const even = fitView([0, 0, 10, 10], { width: 400, height: 400 }, { padding: 20 });
    const moreBelow = fitView(
      [0, 0, 10, 10],
      { width: 400, height: 400 },
      {
        padding: { top: 20, right: 20, bottom: 120, left: 20 },
      },
    );
    expect(moreBelow.lat).toBeLessThan(even.lat);
    expect(moreBelow.zoom).toBeLessThanOrEqual(even.zoom);
  });
});

describe('reportPadding', () => {
  it('keeps room below for the deepest stack of event chips, at most a quarter of the map', () => {
    const features = [
      pyongyang,
      event('a', 'pyongyang'),
      event('b', 'pyongyang'),
      event('c', 'moscow'),
      moscow,
    ];
    expect(deepestEventStack(features)).toBe(2);
    const padding = reportPadding({ width: 1000, height: 600 }, features);
    expect(padding.bottom).toBeGreaterThan(padding.top);
    const many = [pyongyang, ...Array.from({ length: 40 }, (_, i) => event(`e${i}`, 'pyongyang'))];
    expect(reportPadding({ width: 1000, height: 600 }, many).bottom).toBeLessThanOrEqual(158);
  });
});
