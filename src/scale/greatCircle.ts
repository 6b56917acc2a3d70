// Allocation-light great-circle interpolation for the fast path. Turf's greatCircle builds a
// GeoJSON Feature with an array per point; for 50,000 arcs that cost ~1 GB of heap. Here an arc
// is two unit vectors and an angle, and its points are written into caller-owned scratch arrays.
const D2R = Math.PI / 180;

/** Writes the unit vector of (lon, lat) in degrees at out[offset..offset+2]. */
export function writeUnitVector(lon: number, lat: number, out: Float64Array, offset: number): void {
  const phi = lat * D2R;
  const lambda = lon * D2R;
  const cosPhi = Math.cos(phi);
  out[offset] = cosPhi * Math.cos(lambda);
  out[offset + 1] = cosPhi * Math.sin(lambda);
  out[offset + 2] = Math.sin(phi);
}

/** Angle between two unit vectors stored at `a` and `b` in `unit`, in radians (atan2: stable). */
export function angleBetween(unit: Float64Array, a: number, b: number): number {
  const ax = unit[a]!,
    ay = unit[a + 1]!,
    az = unit[a + 2]!;
  const bx = unit[b]!,
    by = unit[b + 1]!,
    bz = unit[b + 2]!;
  const cx = ay * bz - az * by;
  const cy = az * bx - ax * bz;
  const cz = ax * by - ay * bx;
  return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz);
}

/** Scratch for the sines of k·step, reused by every call (arcs have ≤ MAX_SEGMENTS segments). */
export const MAX_SEGMENTS = 48;
const sines = new Float64Array(MAX_SEGMENTS + 1);

/**
 * Resolves an arc into `segments` + 1 points: longitude in radians, continuous along the arc
 * (it may leave [-π, π] — the antimeridian never splits an arc) starting at `lon0`, and z = sin(lat).
 * `unit` holds the start vector at `offset` and the end vector at `offset + 3`.
 */
export function resolveArc(
  unit: Float64Array,
  offset: number,
  angle: number,
  lon0: number,
  segments: number,
  outLon: Float64Array,
  outZ: Float64Array,
): void {
  const ax = unit[offset]!,
    ay = unit[offset + 1]!,
    az = unit[offset + 2]!;
  const bx = unit[offset + 3]!,
    by = unit[offset + 4]!,
    bz = unit[offset + 5]!;
  const n = Math.max(1, Math.min(MAX_SEGMENTS, segments | 0));
  // Nearly equal or nearly antipodal ends have no well-defined great circle: go straight.
  const straight = angle < 1e-9 || Math.PI - angle < 1e-6;
  if (!straight) {
    // sin(k·step) by the Chebyshev recurrence: one sin and one cos per arc, not two per point.
    const step = angle / n;
    const twoCos = 2 * Math.cos(step);
    sines[0] = 0;
    sines[1] = Math.sin(step);
    for (let k = 2; k <= n; k++) sines[k] = twoCos * sines[k - 1]! - sines[k - 2]!;
  }
  let previous = lon0;
  for (let k = 0; k <= n; k++) {
    let x: number, y: number, z: number;
    if (straight) {
      const t = k / n;
      x = ax + (bx - ax) * t;
      y = ay + (by - ay) * t;
      z = az + (bz - az) * t;
      const length = Math.sqrt(x * x + y * y + z * z) || 1;
      x /= length;
      y /= length;
      z /= length;
    } else {
      const s = sines[n]!;
      const wa = sines[n - k]! / s;
      const wb = sines[k]! / s;
      x = wa * ax + wb * bx;
      y = wa * ay + wb * by;
      z = wa * az + wb * bz;
    }
    let lon = Math.atan2(y, x);
    // Unwrap: keep each step within half a turn of the previous point.
    lon += Math.round((previous - lon) / (2 * Math.PI)) * 2 * Math.PI;
    outLon[k] = lon;
    outZ[k] = z;
    previous = lon;
  }
}
