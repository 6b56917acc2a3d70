// Where each arc starts and ends: the first and last position of its geometry when it has one,
// else its `from` and `to` places (stories may leave arc geometry null: it is derived).
import type { Position } from 'geojson';
import type { PlaceFeature } from '../story/types.ts';
import type { ArcFeature } from './arcTable.ts';

export interface Endpoints {
  /** lonA, latA, lonB, latB per feature (degrees). */
  lonLat: Float64Array;
  /** 1 when both ends are known finite positions. */
  valid: Uint8Array;
}

function isPosition(p: Position | undefined): p is Position {
  return !!p && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[1]!) <= 90;
}

function geometryEnds(feature: ArcFeature): [Position, Position] | null {
  const g = feature.geometry;
  if (!g) return null;
  if (g.type === 'LineString') {
    const line = g.coordinates;
    return line.length >= 2 ? [line[0]!, line[line.length - 1]!] : null;
  }
  if (g.type === 'MultiLineString') {
    const first = g.coordinates[0];
    const last = g.coordinates[g.coordinates.length - 1];
    return first?.length && last?.length ? [first[0]!, last[last.length - 1]!] : null;
  }
  return null;
}

export function placeIndex(places: readonly PlaceFeature[]): Map<string, Position> {
  const byId = new Map<string, Position>();
  for (const place of places) {
    if (place.geometry?.type === 'Point')
      byId.set(String(place.properties.id), place.geometry.coordinates);
  }
  return byId;
}

export function resolveEndpoints(
  features: readonly ArcFeature[],
  places: readonly PlaceFeature[],
): Endpoints {
  const byId = placeIndex(places);
  const lonLat = new Float64Array(features.length * 4);
  const valid = new Uint8Array(features.length);
  features.forEach((feature, i) => {
    const ends = geometryEnds(feature) ?? [
      byId.get(feature.properties.from),
      byId.get(feature.properties.to),
    ];
    const [a, b] = ends;
    if (!isPosition(a) || !isPosition(b)) return;
    lonLat[i * 4] = a[0]!;
    lonLat[i * 4 + 1] = a[1]!;
    lonLat[i * 4 + 2] = b[0]!;
    lonLat[i * 4 + 3] = b[1]!;
    valid[i] = 1;
  });
  return { lonLat, valid };
}
