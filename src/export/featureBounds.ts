// The extent of what a report shows, so the view fits the visible features. Pure.
import type { Position } from 'geojson';
import type { TripointFeature } from '../story/types.ts';

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
 * or null when nothing has a position. Longitudes are taken as given: the basemap is drawn
 * on one world copy, so an extent never wraps.
 */
export function featureBounds(
  features: readonly TripointFeature[],
  allFeatures: readonly TripointFeature[] = features,
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
    const own = positionsOf(feature);
    if (own.length > 0) own.forEach(add);
    else for (const id of endpointIds(feature)) positionsOf(byId.get(id) ?? feature).forEach(add);
  }
  return Number.isFinite(south) ? [south, west, north, east] : null;
}
