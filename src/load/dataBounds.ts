// The extent of loaded features, for fitting the map. Longitudes are read both as they are
// and shifted to 0..360; the narrower reading wins, so data on both sides of the
// antimeridian (Fiji, the Bering Strait) frames the Pacific, not the whole world.
import type { Feature, Geometry, Position } from 'geojson';

export type LatLngBox = [[number, number], [number, number]];

function eachPosition(geometry: Geometry | null, visit: (p: Position) => void): void {
  if (!geometry) return;
  const stack: unknown[] = geometry.type === 'GeometryCollection' ? [] : [geometry.coordinates];
  const geometries = geometry.type === 'GeometryCollection' ? [...geometry.geometries] : [];
  while (geometries.length) {
    const g = geometries.pop()!;
    if (g.type === 'GeometryCollection') geometries.push(...g.geometries);
    else stack.push(g.coordinates);
  }
  while (stack.length) {
    const item = stack.pop() as unknown[];
    if (typeof item[0] === 'number') visit(item as Position);
    else for (const child of item) stack.push(child);
  }
}

/** [[south, west], [north, east]] (east may exceed 180), or null when nothing is located. */
export function dataBounds(features: readonly Feature<Geometry | null>[]): LatLngBox | null {
  let south = Infinity;
  let north = -Infinity;
  const plain = { min: Infinity, max: -Infinity };
  const shifted = { min: Infinity, max: -Infinity };
  for (const feature of features) {
    eachPosition(feature.geometry, ([lon, lat]) => {
      south = Math.min(south, lat!);
      north = Math.max(north, lat!);
      const wrapped = ((((lon! + 180) % 360) + 360) % 360) - 180;
      const east = wrapped < 0 ? wrapped + 360 : wrapped;
      plain.min = Math.min(plain.min, wrapped);
      plain.max = Math.max(plain.max, wrapped);
      shifted.min = Math.min(shifted.min, east);
      shifted.max = Math.max(shifted.max, east);
    });
  }
  if (!Number.isFinite(south)) return null;
  const use = shifted.max - shifted.min < plain.max - plain.min ? shifted : plain;
  return [
    [south, use.min],
    [north, use.max],
  ];
}
