import type { Position } from 'geojson';

/**
 * How much detail the basemap keeps where. Points are dropped by their visible (Mercator)
 * area; inside a region that area counts `boost` times more, so the same threshold keeps finer
 * detail there. Infinity keeps every Natural Earth 1:50m point.
 */
export interface DetailRegion {
  name: string;
  west: number;
  east: number;
  south: number;
  north: number;
  boost: number;
}

export const DETAIL_REGIONS: readonly DetailRegion[] = [
  // Moscow to Beijing to Pyongyang, seen at zoom 3–5. The Arctic coast north of 66° stays at
  // world detail: it is far from the story and would take a sixth of the 35 KB budget.
  { name: 'story', west: 20, east: 150, south: 15, north: 66, boost: 40 },
  // Korean peninsula, the Tumen river, Bohai and Beijing, seen up to zoom 7: full detail.
  { name: 'core', west: 115, east: 133, south: 33, north: 45, boost: Infinity },
];

export function detailBoost(point: Position): number {
  const [lon = NaN, lat = NaN] = point;
  let boost = 1;
  for (const r of DETAIL_REGIONS) {
    if (lon >= r.west && lon <= r.east && lat >= r.south && lat <= r.north) {
      boost = Math.max(boost, r.boost);
    }
  }
  return boost;
}

/**
 * Mercator stretches latitude by 1/cos(lat) against plain degrees, so an area in degrees²
 * looks that much larger. Detail follows what a reader sees, but the stretch is capped so
 * polar coasts (Antarctica, Arctic islands), which matter little here, spare the byte budget.
 */
const MAX_STRETCH_LATITUDE = 70;

function stretch(lat: number): number {
  const capped = Math.min(Math.abs(lat), MAX_STRETCH_LATITUDE);
  return 1 / Math.cos((capped * Math.PI) / 180);
}

const DEG2 = (Math.PI / 180) ** 2;
const lonOf = (p: Position): number => p[0] ?? 0;
const latOf = (p: Position): number => p[1] ?? 0;

/** Twice the signed planar area (degrees²) of a ring or triangle. */
function twiceSignedArea(points: readonly Position[]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Position;
    const b = points[(i + 1) % points.length] as Position;
    twice += lonOf(a) * latOf(b) - lonOf(b) * latOf(a);
  }
  return twice;
}

/** Approximate visible area (rad² on a Mercator map) of a triangle of points. */
export function mercatorTriangleArea(triangle: readonly Position[]): number {
  const middle = triangle[1] ?? [0, 0];
  return (Math.abs(twiceSignedArea(triangle)) / 2) * DEG2 * stretch(latOf(middle));
}

/** Approximate visible area (rad² on a Mercator map) of a ring, stretched at its mean latitude. */
export function mercatorRingArea(ring: readonly Position[]): number {
  if (ring.length === 0) return 0;
  const meanLat = ring.reduce((sum, p) => sum + latOf(p), 0) / ring.length;
  return (Math.abs(twiceSignedArea(ring)) / 2) * DEG2 * stretch(meanLat);
}

/**
 * Visvalingam weight of a point: its triangle's Mercator area times the region's boost.
 * Points on a pole close rings round it (antimeridian.ts) in steps under 180°; they lie on a
 * straight line, so they would all go without an infinite weight.
 */
export function detailWeight(triangle: readonly Position[]): number {
  const middle = triangle[1] ?? [0, 0];
  if (Math.abs(latOf(middle)) >= 90) return Infinity;
  const boost = detailBoost(middle);
  return boost === Infinity ? Infinity : mercatorTriangleArea(triangle) * boost;
}
