// The arc drawn for a movement, flow or claim: the great-circle route between two
// positions, cut at the antimeridian (RFC 7946 §3.1.9), coordinates rounded to 6 decimals.

import { greatCircle } from '@turf/great-circle';
import type { LineString, MultiLineString, Position } from 'geojson';
import { splitAtAntimeridian } from './splitAtAntimeridian.ts';

export interface GreatCircleArcOptions {
  /** Points along the whole arc; default: about one per degree of arc, at least 8. */
  npoints?: number;
}

/**
 * Endpoints closer than this to antipodal (degrees) are refused: the route between them
 * swings across the globe with the last decimal of a coordinate, and Turf returns garbage.
 */
export const ANTIPODAL_TOLERANCE_DEGREES = 0.5;

export function greatCircleArc(
  from: Position,
  to: Position,
  options: GreatCircleArcOptions = {},
): LineString | MultiLineString {
  const start = roundPosition(checkedPosition(from, 'from'));
  const end = roundPosition(checkedPosition(to, 'to'));
  if (start[0] === end[0] && start[1] === end[1]) {
    // Turf 6 returned NaN here and 7.4 returns 100 copies; two are enough to be valid.
    return { type: 'LineString', coordinates: [start, end] };
  }
  const degrees = centralAngleDegrees(start, end);
  if (degrees > 180 - ANTIPODAL_TOLERANCE_DEGREES) {
    throw new RangeError(
      `no single great circle joins [${start.join(', ')}] and [${end.join(', ')}]: they are (nearly) antipodal`,
    );
  }
  const npoints = options.npoints ?? Math.max(8, Math.ceil(degrees) + 1);
  // offset 0 asks Turf never to cut the line: we cut it below, without Turf's gap.
  const raw = greatCircle(start, end, { npoints, offset: 0 }).geometry;
  if (raw.type !== 'LineString')
    throw new Error('@turf/great-circle cut the line despite offset 0');
  const line = raw.coordinates.map(roundPosition);
  line[0] = start;
  line[line.length - 1] = end;
  if (line.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) {
    throw new RangeError(
      `great circle from [${start.join(', ')}] to [${end.join(', ')}] is not finite`,
    );
  }
  const parts = splitAtAntimeridian(line).map((part) => part.map(roundPosition));
  if (parts.length === 1) return { type: 'LineString', coordinates: parts[0]! };
  return { type: 'MultiLineString', coordinates: parts };
}

/** Rounds to 6 decimals (about 0.1 m), the precision Tripoint writes, and drops -0. */
export function roundPosition(position: Position): Position {
  return position.slice(0, 2).map((value) => Math.round(value * 1e6) / 1e6 + 0);
}

function checkedPosition(position: Position, name: string): Position {
  const [lon, lat] = position;
  if (
    !Number.isFinite(lon) ||
    !Number.isFinite(lat) ||
    Math.abs(lon!) > 180 ||
    Math.abs(lat!) > 90
  ) {
    throw new RangeError(
      `${name} must be [longitude, latitude] in range, got [${position.join(', ')}]`,
    );
  }
  return position;
}

/** Angle between two positions seen from the Earth's centre (haversine), in degrees. */
function centralAngleDegrees(a: Position, b: Position): number {
  const toRadians = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * toRadians;
  const dLon = (b[0]! - a[0]!) * toRadians;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a[1]! * toRadians) * Math.cos(b[1]! * toRadians) * Math.sin(dLon / 2) ** 2;
  return (2 * Math.asin(Math.min(1, Math.sqrt(h)))) / toRadians;
}
