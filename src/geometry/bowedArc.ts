// An arc bent sideways off its great circle: a parabolic bow whose size is set by the angle at
// which it leaves and arrives (the "deflection"). Mercator keeps angles, so arcs given
// different deflections meet a shared endpoint at visibly different angles at every zoom.
import { bearing } from '@turf/bearing';
import { destination } from '@turf/destination';
import { distance } from '@turf/distance';
import type { Position } from 'geojson';
import { greatCircleArc, roundPosition } from './greatCircleArc.ts';
import { unwrapLine } from './unwrapLine.ts';

const toRadians = Math.PI / 180;

/** Points along an arc: enough for a smooth curve on screen, few enough to stay light. */
export function arcPointCount(lengthKm: number): number {
  return Math.min(128, Math.max(24, Math.ceil(lengthKm / 60)));
}

/**
 * Long arcs bow as if they were this long (km): lanes that share endpoints then sit a few
 * hundred km apart at most (about 560 km at the fan's widest bend) instead of bowing
 * thousands of km towards the pole, and still read as the great circles they follow.
 */
export const BOW_LENGTH_CAP_KM = 2500;

/** How far (km) the middle of an arc `lengthKm` long moves off its great circle. */
export function bowPeakKm(lengthKm: number, deflectionDeg: number): number {
  // Parabola h·4t(1−t): its slope at either end is 4h/L, so h = L·tan(d)/4.
  return (Math.min(lengthKm, BOW_LENGTH_CAP_KM) * Math.tan(deflectionDeg * toRadians)) / 4;
}

/**
 * The great circle from `from` to `to`, bowed to the right of travel by `deflectionDeg`
 * (negative bows left; 0 is the plain great circle): the arc leaves and arrives turned by
 * that angle, less for arcs longer than BOW_LENGTH_CAP_KM. Longitudes are continuous (may
 * leave ±180).
 */
export function bowedArc(from: Position, to: Position, deflectionDeg: number): Position[] {
  const lengthKm = distance(from, to);
  const line = unwrapLine(greatCircleArc(from, to, { npoints: arcPointCount(lengthKm) }));
  if (deflectionDeg === 0 || lengthKm === 0) return line;
  const peakKm = bowPeakKm(lengthKm, deflectionDeg);
  const along = cumulativeKm(line);
  const total = along[along.length - 1]!;
  return line.map((point, i) => {
    if (i === 0 || i === line.length - 1) return point;
    const t = along[i]! / total;
    const offsetKm = peakKm * 4 * t * (1 - t);
    const heading = bearing(line[i - 1]!, line[i + 1]!);
    const moved = destination(point, Math.abs(offsetKm), heading + (offsetKm >= 0 ? 90 : -90))
      .geometry.coordinates;
    // destination() wraps longitude into ±180; keep the line continuous.
    const lon = moved[0]! + Math.round((point[0]! - moved[0]!) / 360) * 360;
    return roundPosition([lon, moved[1]!]);
  });
}

function cumulativeKm(line: Position[]): number[] {
  const sums = [0];
  for (let i = 1; i < line.length; i++) sums.push(sums[i - 1]! + distance(line[i - 1]!, line[i]!));
  return sums;
}

/** Compass bearing of travel at the end of a line (from its last two points). */
export function endHeading(line: Position[]): number {
  const a = line[line.length - 2] ?? line[0]!;
  const b = line[line.length - 1]!;
  return normalizeBearing(bearing(a, b));
}

/** A bearing in [0, 360). */
export function normalizeBearing(degrees: number): number {
  return ((degrees % 360) + 360) % 360;
}
