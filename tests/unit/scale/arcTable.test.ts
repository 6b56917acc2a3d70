import { describe, expect, it } from 'vitest';
import { greatCircle } from '@turf/great-circle';
import { buildArcTable } from '../../../src/scale/arcTable.ts';
import { resolveArc } from '../../../src/scale/greatCircle.ts';
import type { FlowFeature, PlaceFeature } from '../../../src/story/types.ts';

const R2D = 180 / Math.PI;

function place(id: string, lon: number, lat: number): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { kind: 'place', id, name: id, country: 'XXX' },
  };
}

function flow(id: string, from: string, to: string, extra: Partial<FlowFeature> = {}): FlowFeature {
  return {
    type: 'Feature',
    geometry: null,
    properties: {
      kind: 'flow',
      id,
      name: id,
      from,
      to,
      period: '2023-07',
      value: 100,
      unit: 'USD',
      status: 'confirmed',
    },
    ...extra,
  };
}

const PLACES = [
  place('beijing', 116.41, 39.9),
  place('pyongyang', 125.76, 39.04),
  place('moscow', 37.62, 55.76),
  place('tokyo', 139.69, 35.68),
  place('la', -118.24, 34.05),
];

function points(
  table: ReturnType<typeof buildArcTable>,
  i: number,
  segments: number,
): [number, number][] {
  const lon = new Float64Array(segments + 1);
  const z = new Float64Array(segments + 1);
  resolveArc(table.unit, i * 6, table.angle[i]!, table.lon0[i]!, segments, lon, z);
  return [...lon].map((l, k) => [l * R2D, Math.asin(z[k]!) * R2D]);
}

describe('buildArcTable', () => {
  it('resolves ends from places, or from the geometry when there is one, and flags the rest', () => {
    const withGeometry = flow('g', 'nowhere', 'nowhere', {
      geometry: {
        type: 'LineString',
        coordinates: [
          [10, 10],
          [12, 11],
          [20, 20],
        ],
      },
    });
    const table = buildArcTable(
      [flow('a', 'beijing', 'pyongyang'), withGeometry, flow('bad', 'beijing', 'atlantis')],
      PLACES,
    );
    expect([...table.valid]).toEqual([1, 1, 0]);
    expect(table.ids).toEqual(['a', 'g', 'bad']);
    const g = points(table, 1, 4);
    expect(g[0]![0]).toBeCloseTo(10, 9);
    expect(g[4]![1]).toBeCloseTo(20, 9);
  });

  it('interpolates the same great circle as Turf (the oracle)', () => {
    const table = buildArcTable([flow('m', 'moscow', 'pyongyang')], PLACES);
    const ours = points(table, 0, 20);
    const turf = greatCircle([37.62, 55.76], [125.76, 39.04], { npoints: 21 }).geometry;
    expect(turf.type).toBe('LineString');
    const coords = turf.coordinates as number[][];
    ours.forEach(([lon, lat], k) => {
      expect(lon).toBeCloseTo(coords[k]![0]!, 6);
      expect(lat).toBeCloseTo(coords[k]![1]!, 6);
    });
  });

  it('keeps an arc across the antimeridian in one piece, on the copy whose middle is in [-180, 180)', () => {
    const table = buildArcTable([flow('t', 'tokyo', 'la'), flow('r', 'la', 'tokyo')], PLACES);
    for (const i of [0, 1]) {
      const pts = points(table, i, 32);
      for (let k = 1; k < pts.length; k++)
        expect(Math.abs(pts[k]![0] - pts[k - 1]![0])).toBeLessThan(10);
      expect(table.midLon[i]).toBeGreaterThanOrEqual(-180);
      expect(table.midLon[i]).toBeLessThan(180);
      // Same places as Turf's, modulo 360°.
      const ends = [pts[0]!, pts[32]!].map(([lon, lat]) => [
        (((lon % 360) + 540) % 360) - 180,
        lat,
      ]);
      const expected =
        i === 0
          ? [
              [139.69, 35.68],
              [-118.24, 34.05],
            ]
          : [
              [-118.24, 34.05],
              [139.69, 35.68],
            ];
      ends.forEach((p, e) => {
        expect(p[0]).toBeCloseTo(expected[e]![0]!, 6);
        expect(p[1]).toBeCloseTo(expected[e]![1]!, 6);
      });
    }
  });

  it('boxes contain every point of the arc', () => {
    const table = buildArcTable(
      [flow('m', 'moscow', 'la'), flow('t', 'tokyo', 'la'), flow('b', 'beijing', 'pyongyang')],
      PLACES,
    );
    for (let i = 0; i < table.count; i++) {
      const [w, s, e, n] = table.bbox.subarray(i * 4, i * 4 + 4);
      for (const [lon, lat] of points(table, i, 48)) {
        expect(lon).toBeGreaterThanOrEqual(w!);
        expect(lon).toBeLessThanOrEqual(e!);
        expect(lat).toBeGreaterThanOrEqual(s!);
        expect(lat).toBeLessThanOrEqual(n!);
      }
    }
  });

  it('groups arcs by style, each arc exactly once', () => {
    const features = [
      flow('a', 'beijing', 'pyongyang'),
      flow('b', 'moscow', 'la', {
        properties: { ...flow('b', 'moscow', 'la').properties, status: 'alleged', value: 1e6 },
      }),
      flow('c', 'tokyo', 'la'),
    ];
    const table = buildArcTable(features, PLACES);
    expect([...table.order].sort()).toEqual([0, 1, 2]);
    for (let s = 0; s < table.styles.length; s++) {
      for (let o = table.styleStart[s]!; o < table.styleStart[s + 1]!; o++)
        expect(table.style[table.order[o]!]).toBe(s);
    }
    expect(table.style[0]).toBe(table.style[2]);
    expect(table.style[1]).not.toBe(table.style[0]);
  });
});
