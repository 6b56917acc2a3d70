// The extent of what a report shows, so the view fits the visible features. Pure.
import type { Feature, Geometry, Position } from 'geojson';
import { dataBounds } from '../load/dataBounds.ts';
import type { TripointFeature } from '../story/types.ts';

/** A drawn line per feature id (the map's arc plans): bent arcs reach beyond their ends. */
export type DrawnLines = ReadonlyMap<string, { line: Position[] }>;

export type Bounds = [south: number, west: number, north: number, east: number];

function positionsOf(feature: TripointFeature): Position[] {
  const g = feature.geometry;
  if (!g) return [];
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

/** Feature ids a feature with a derived (null) geometry stands between. */
function endpointIds(feature: TripointFeature): string[] {
  const p = feature.properties;
  if (p.kind === 'movement' || p.kind === 'flow') return [p.from, p.to];
  if (p.kind === 'event') return [p.place];
  if (p.kind === 'claim')
    return [p.from, p.to, p.place].filter((id): id is string => typeof id === 'string');
  return [];
}

/**
 * [south, west, north, east] around the features (and the places their derived lines join),
 * or null when nothing has a position. Longitudes are taken as given (a drawn line may
 * leave ±180 to stay continuous), so an extent never wraps.
 */
export function featureBounds(
  features: readonly TripointFeature[],
  allFeatures: readonly TripointFeature[] = features,
  drawn: DrawnLines = new Map(),
): Bounds | null {
  const byId = new Map(allFeatures.map((f) => [f.properties.id, f]));
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  const add = (position: Position) => {
    const [lng, lat] = position;
    if (lng === undefined || lat === undefined || !Number.isFinite(lng) || !Number.isFinite(lat))
      return;
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lng);
    east = Math.max(east, lng);
  };
  for (const feature of features) {
    const line = drawn.get(feature.properties.id)?.line;
    if (line) {
      line.forEach(add);
      continue;
    }
    const own = positionsOf(feature);
    if (own.length > 0) own.forEach(add);
    else for (const id of endpointIds(feature)) positionsOf(byId.get(id) ?? feature).forEach(add);
  }
  return Number.isFinite(south) ? [south, west, north, east] : null;
}

/** [south, west, north, east] around plain GeoJSON features (dataBounds' reading), or null. */
export function otherBounds(features: readonly Feature<Geometry | null>[]): Bounds | null {
  const box = dataBounds(features);
  return box ? [box[0][0], box[0][1], box[1][0], box[1][1]] : null;
}

/** The box around both (either may be null). */
export function unionBounds(a: Bounds | null, b: Bounds | null): Bounds | null {
  if (!a || !b) return a ?? b;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}
