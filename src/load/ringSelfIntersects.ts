// Whether a polygon ring crosses itself (a "bow tie"). RFC 7946 does not forbid it, but
// fills and point-in-polygon answers are unreliable, so the loader warns. Quadratic, so
// only rings up to a modest size are checked.
import type { Position } from 'geojson';

const MAX_CHECKED_VERTICES = 400;

function orientation(a: Position, b: Position, c: Position): number {
  const value = (b[1]! - a[1]!) * (c[0]! - b[0]!) - (b[0]! - a[0]!) * (c[1]! - b[1]!);
  return value === 0 ? 0 : value > 0 ? 1 : -1;
}

/** Proper crossing of segments ab and cd (touching at an end does not count). */
function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

export function ringSelfIntersects(ring: Position[]): boolean {
  const n = ring.length - 1; // the last position repeats the first
  if (n < 4 || n > MAX_CHECKED_VERTICES) return false;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // neighbours through the closing point
      if (segmentsCross(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) return true;
    }
  }
  return false;
}
