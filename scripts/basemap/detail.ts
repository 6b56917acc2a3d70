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
  // Moscow to Beijing to Pyongyang, seen at zoom 3–5.
  { name: 'story', west: 20, east: 150, south: 15, north: 75, boost: 40 },
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

/** Web Mercator y in radians, clamped where Leaflet clamps it. */
function mercatorY(lat: number): number {
  const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
}

function mercator(point: Position): [number, number] {
  return [((point[0] ?? 0) * Math.PI) / 180, mercatorY(point[1] ?? 0)];
}

/** Area (rad², Mercator) of a triangle: what a reader sees, so polar coasts thin out more. */
export function mercatorTriangleArea(triangle: readonly Position[]): number {
  const [a, b, c] = triangle.map(mercator) as [
    [number, number],
    [number, number],
    [number, number],
  ];
  return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
}

export function mercatorRingArea(ring: readonly Position[]): number {
  let twice = 0;
  const points = ring.map(mercator);
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1] as [number, number];
    const [x1, y1] = points[i] as [number, number];
    twice += x0 * y1 - x1 * y0;
  }
  return Math.abs(twice) / 2;
}

/** Visvalingam weight of a point: its triangle's Mercator area times the region's boost. */
export function detailWeight(triangle: readonly Position[]): number {
  const middle = triangle[1];
  const boost = middle ? detailBoost(middle) : 1;
  return boost === Infinity ? Infinity : mercatorTriangleArea(triangle) * boost;
}
