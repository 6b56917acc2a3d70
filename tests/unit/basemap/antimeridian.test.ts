import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fixAntimeridian, unwrapRing } from '../../../scripts/basemap/antimeridian.ts';

const widestEdge = (ring: Position[]): number =>
  Math.max(...ring.slice(1).map((p, i) => Math.abs((p[0] as number) - (ring[i]?.[0] as number))));

describe('unwrapRing', () => {
  it('continues across 180° instead of jumping to -180°', () => {
    expect(
      unwrapRing([
        [179, 0],
        [-179, 1],
        [-178, 0],
        [179, 0],
      ]),
    ).toEqual([
      [179, 0],
      [181, 1],
      [182, 0],
      [179, 0],
    ]);
  });
});

describe('fixAntimeridian', () => {
  it('moves the western parts of a country that straddles 180° to the east side', () => {
    const fixed = fixAntimeridian({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [170, 60],
            [179.9, 60],
            [-175, 65],
            [170, 65],
            [170, 60],
          ],
        ],
        [
          [
            [-172, 70],
            [-171, 70],
            [-171, 71],
            [-172, 70],
          ],
        ],
      ],
    });
    expect(fixed?.type).toBe('MultiPolygon');
    const lons = (fixed?.coordinates.flat(3) as number[]).filter((_, i) => i % 2 === 0);
    expect(Math.min(...lons)).toBe(170);
    expect(Math.max(...lons)).toBe(189);
  });

  it('closes a ring around the South Pole through the pole in steps under 180°', () => {
    const coast: Position[] = [
      [-180, -70],
      [-90, -72],
      [0, -69],
      [90, -71],
      [180, -70],
    ];
    const pole: Position[] = [
      [-180, -89.999],
      [90, -89.999],
      [0, -89.999],
      [-180, -89.999],
    ];
    const fixed = fixAntimeridian({ type: 'Polygon', coordinates: [pole, coast] }) as Polygon;
    expect(fixed.coordinates).toHaveLength(1); // the pole outline draws nothing: dropped
    const ring = fixed.coordinates[0] as Position[];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring.some((p) => p[1] === -90)).toBe(true);
    expect(widestEdge(ring)).toBeLessThanOrEqual(90);
  });

  it('leaves an ordinary polygon unchanged and does not mutate its input', () => {
    const input: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const copy = structuredClone(input);
    expect(fixAntimeridian(input)).toEqual(copy);
    expect(input).toEqual(copy);
  });
});
