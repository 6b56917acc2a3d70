// Structure checks that are not one-rule fixtures: hostile nesting, what is accepted
// with a warning, and what a lone Feature or geometry becomes.

import { describe, expect, it } from 'vitest';
import { validateGeoJson } from '../../../src/story/geojson/validateGeoJson.ts';
import { problemLines } from './storyFixtures.ts';

const feature = (geometry: unknown, properties: unknown = null) => ({
  type: 'Feature',
  properties,
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

/** [[[[...[0, 0]...]]]] nested `depth` arrays deep, built without recursion. */
function nestedArrays(depth: number): unknown {
  let value: unknown = [0, 0];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('validateGeoJson', () => {
  it('refuses coordinates nested 100,000 deep without overflowing the stack', () => {
    const json = collection(feature({ type: 'Point', coordinates: nestedArrays(100_000) }));
    const { problems, collection: result } = validateGeoJson(json, 'deep.geojson');
    expect(result).toBeUndefined();
    expect(problemLines(problems)).toEqual([
      'error: deep.geojson feature 0: geometry.coordinates[0] must be a finite number, got an array',
    ]);
  });

  it('refuses GeometryCollections nested deeper than the limit, without recursion', () => {
    let geometry: unknown = { type: 'Point', coordinates: [0, 0] };
    for (let i = 0; i < 100_000; i++)
      geometry = { type: 'GeometryCollection', geometries: [geometry] };
    const { problems } = validateGeoJson(collection(feature(geometry)), 'gc.geojson');
    expect(problems.map((p) => p.message)).toEqual([
      'geometry.geometries[0].geometries[0].geometries[0].geometries[0] nests GeometryCollections more than 4 deep',
    ]);
  });

  it('accepts the limits of the ranges and -0', () => {
    const points = [
      [-180, -90],
      [180, 90],
      [-0, 0],
    ].map((coordinates) => feature({ type: 'Point', coordinates }));
    expect(validateGeoJson(collection(...points), 'edges.geojson').problems).toEqual([]);
  });

  it('warns about a 3D position once per feature, and keeps the feature', () => {
    const line = feature({
      type: 'LineString',
      coordinates: [
        [0, 0, 10],
        [1, 1, 20],
      ],
    });
    const { problems, collection: result } = validateGeoJson(collection(line), 'z.geojson');
    expect(problemLines(problems)).toEqual([
      'warning: z.geojson feature 0: geometry.coordinates[0] has 3 numbers: the map uses longitude and latitude and ignores the rest',
    ]);
    expect(result?.features).toHaveLength(1);
  });

  it('warns about a line that jumps across the antimeridian uncut', () => {
    const line = feature({
      type: 'LineString',
      coordinates: [
        [170, 0],
        [-170, 0],
      ],
    });
    const { problems } = validateGeoJson(collection(line), 'am.geojson');
    expect(problems.map((p) => `${p.severity}: ${p.message}`)).toEqual([
      'warning: geometry.coordinates jumps 340.0° of longitude between positions 0 and 1: cut lines that cross the antimeridian (RFC 7946 §3.1.9)',
    ]);
  });

  it('reads empty coordinates as no geometry, with a warning', () => {
    const { problems, collection: result } = validateGeoJson(
      collection(feature({ type: 'LineString', coordinates: [] })),
      'empty.geojson',
    );
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
    expect(result?.features[0]?.geometry).toBeNull();
  });

  it('wraps a lone Feature or geometry in a FeatureCollection', () => {
    const point = { type: 'Point', coordinates: [1, 2] };
    expect(validateGeoJson(feature(point), 'f.geojson').collection?.features).toHaveLength(1);
    expect(validateGeoJson(point, 'g.geojson').collection?.features[0]?.geometry).toEqual(point);
  });

  it('hints at swapped coordinates and at 0-360 longitudes', () => {
    const { problems } = validateGeoJson(
      collection(
        feature({ type: 'Point', coordinates: [39.02, 125.75] }),
        feature({ type: 'Point', coordinates: [300, 10] }),
      ),
      'hints.geojson',
    );
    expect(problems.map((p) => p.message)).toEqual([
      'geometry.coordinates[1]: latitude 125.75 is out of range [-90, 90] (longitude and latitude swapped? GeoJSON positions are [longitude, latitude])',
      'geometry.coordinates[0]: longitude 300 is out of range [-180, 180] (0-360 longitudes? GeoJSON uses -180 to 180)',
    ]);
  });

  it('names the type case-sensitively and refuses what is not an object', () => {
    expect(
      validateGeoJson({ type: 'featurecollection', features: [] }, 'a.geojson').problems[0]
        ?.message,
    ).toBe(
      'type must be "FeatureCollection", "Feature" or a geometry type, got "featurecollection" (names are case-sensitive)',
    );
    expect(validateGeoJson(null, 'b.geojson').problems[0]?.message).toBe(
      '(root) must be a GeoJSON object, got null',
    );
  });

  it('stops listing after maxProblems and says how many were left out', () => {
    const bad = Array.from({ length: 10 }, () => feature({ type: 'Point', coordinates: [0, 99] }));
    const { problems } = validateGeoJson(collection(...bad), 'many.geojson', { maxProblems: 3 });
    expect(problems).toHaveLength(4);
    expect(problems[3]?.message).toBe('7 more problems not shown');
  });
});
