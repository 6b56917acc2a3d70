// A map view reduced to numbers: enough to project arcs to canvas pixels in Web Mercator
// (Leaflet's EPSG:3857) without allocating a Point per vertex.
import type { ArcTable } from './arcTable.ts';
import { MAX_SEGMENTS, resolveArc } from './greatCircle.ts';

export interface ArcView {
  /** World width in pixels at this zoom: 256 · 2^zoom. */
  worldPx: number;
  /** The canvas's top-left corner in world pixels. */
  originX: number;
  originY: number;
  /** The area to draw, in degrees (west/east may leave [-180, 180]). */
  west: number;
  south: number;
  east: number;
  north: number;
}

/** On-screen pixels per chord: arcs get a few points when short, up to MAX_SEGMENTS when long. */
export const PX_PER_SEGMENT = 20;
// Leaflet's SphericalMercator clamps latitude at ±85.0511287798°; this is its sine.
const MAX_Z = Math.sin((85.0511287798 * Math.PI) / 180);
const TWO_PI = 2 * Math.PI;

export function mercatorX(lonRad: number, view: ArcView): number {
  return view.worldPx * (0.5 + lonRad / TWO_PI) - view.originX;
}

export function mercatorY(z: number, view: ArcView): number {
  const zc = z > MAX_Z ? MAX_Z : z < -MAX_Z ? -MAX_Z : z;
  return view.worldPx * (0.5 - Math.atanh(zc) / TWO_PI) - view.originY;
}

/** Degrees of a canvas pixel position (inverse of the above). */
export function unprojectLonLat(x: number, y: number, view: ArcView): [number, number] {
  const lon = ((x + view.originX) / view.worldPx - 0.5) * 360;
  const n = Math.PI * (1 - (2 * (y + view.originY)) / view.worldPx);
  return [lon, (Math.atan(Math.sinh(n)) * 180) / Math.PI];
}

/** How many chords an arc needs at this zoom: its angular length, stretched as Mercator does. */
export function segmentsFor(angle: number, stretch: number, view: ArcView): number {
  const lengthPx = (angle * stretch * view.worldPx) / TWO_PI;
  return Math.max(1, Math.min(MAX_SEGMENTS, Math.ceil(lengthPx / PX_PER_SEGMENT)));
}

const lonScratch = new Float64Array(MAX_SEGMENTS + 1);
const zScratch = new Float64Array(MAX_SEGMENTS + 1);

/**
 * Writes arc i, drawn on world copy `copy` (a multiple of 360° added), as canvas pixels into
 * outX/outY (length ≥ MAX_SEGMENTS + 1). Returns the number of points.
 */
export function projectArc(
  table: ArcTable,
  i: number,
  copy: number,
  view: ArcView,
  outX: Float64Array,
  outY: Float64Array,
): number {
  const segments = segmentsFor(table.angle[i]!, table.stretch[i]!, view);
  resolveArc(
    table.unit,
    i * 6,
    table.angle[i]!,
    table.lon0[i]! + copy * TWO_PI,
    segments,
    lonScratch,
    zScratch,
  );
  for (let k = 0; k <= segments; k++) {
    outX[k] = mercatorX(lonScratch[k]!, view);
    outY[k] = mercatorY(zScratch[k]!, view);
  }
  return segments + 1;
}
