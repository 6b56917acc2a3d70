// Hit-testing through the spatial index: only arcs whose box is near the pointer are measured,
// so a mouse move costs the same at 500 or 50,000 arcs.
import type { ArcTable } from './arcTable.ts';
import { WIDEST } from './arcStyle.ts';
import { projectArc, unprojectLonLat, type ArcView } from './arcView.ts';
import { copyRange } from './cullArcs.ts';
import { MAX_SEGMENTS, writeUnitVector } from './greatCircle.ts';

const xs = new Float64Array(MAX_SEGMENTS + 1);
const ys = new Float64Array(MAX_SEGMENTS + 1);

function distanceToSegmentSq(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax,
    dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t =
    lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
  const ex = ax + t * dx - px,
    ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** True when `pointer` is more than `reach` radians from arc i's great circle (a dot product). */
function farFromGreatCircle(
  table: ArcTable,
  i: number,
  pointer: Float64Array,
  reach: number,
): boolean {
  const angle = table.angle[i]!;
  if (angle < 1e-6 || Math.PI - angle < 1e-3) return false;
  const u = table.unit;
  const o = i * 6;
  const nx = u[o + 1]! * u[o + 5]! - u[o + 2]! * u[o + 4]!;
  const ny = u[o + 2]! * u[o + 3]! - u[o]! * u[o + 5]!;
  const nz = u[o]! * u[o + 4]! - u[o + 1]! * u[o + 3]!;
  const length = Math.sqrt(nx * nx + ny * ny + nz * nz);
  const sine = Math.abs(nx * pointer[0]! + ny * pointer[1]! + nz * pointer[2]!) / length;
  return sine > Math.sin(Math.min(reach, Math.PI / 2));
}

/**
 * The drawn arc nearest to canvas point (x, y) within `tolerance` pixels of its stroke edge, or -1.
 * `copies` is the result of cullArcs for this view (it carries the mask and the world copy).
 */
export function pickArc(
  table: ArcTable,
  view: ArcView,
  copies: Int16Array,
  x: number,
  y: number,
  tolerance = 4,
): number {
  if (!table.index) return -1;
  const reach = tolerance + WIDEST / 2;
  const [west, north] = unprojectLonLat(x - reach, y - reach, view);
  const [east, south] = unprojectLonLat(x + reach, y + reach, view);
  // The pointer as a unit vector, and the reach as an angle: Mercator only enlarges distances
  // (scale 1/cos(lat) >= 1), so an arc whose whole great circle is further is surely missed.
  const [lon, lat] = unprojectLonLat(x, y, view);
  const pointer = new Float64Array(3);
  writeUnitVector(lon, lat, pointer, 0);
  const reachRadians = ((reach * 1.05) / view.worldPx) * 2 * Math.PI;
  let best = -1;
  let bestDistance = Infinity;
  const [first, last] = copyRange(west, east);
  for (let copy = first; copy <= last; copy++) {
    const shift = copy * 360;
    for (const item of table.index.search(west - shift, south, east - shift, north)) {
      const i = table.indexArc[item]!;
      if (copies[i] !== copy || farFromGreatCircle(table, i, pointer, reachRadians)) continue;
      const n = projectArc(table, i, copy, view, xs, ys);
      let d = Infinity;
      for (let k = 1; k < n; k++)
        d = Math.min(d, distanceToSegmentSq(x, y, xs[k - 1]!, ys[k - 1]!, xs[k]!, ys[k]!));
      const limit = tolerance + table.styles[table.style[i]!]!.width / 2;
      const distance = Math.sqrt(d);
      // On a tie the arc found last wins; either is a fair answer.
      if (distance <= limit && distance <= bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
  }
  return best;
}
