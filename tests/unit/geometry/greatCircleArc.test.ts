// Arcs checked against Turf: the point halfway along our arc must be where
// @turf/destination puts it, half the @turf/distance along the @turf/bearing.

import { bearing } from '@turf/bearing';
import { destination } from '@turf/destination';
import { distance } from '@turf/distance';
import type { LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { greatCircleArc } from '../../../src/geometry/greatCircleArc.ts';

const MOSCOW = [37.6178, 55.7517];
const PYONGYANG = [125.7525, 39.0195];
const TOKYO = [139.69, 35.69];
const SAN_FRANCISCO = [-122.42, 37.77];

/** Turf's midpoint of the great circle: what @turf/midpoint computes. */
function turfMidpoint(from: Position, to: Position): Position {
  const half = distance(from, to) / 2;
  return destination(from, half, bearing(from, to)).geometry.coordinates;
}

/** Our arc as one list of positions with longitudes unwrapped across ±180. */
function unwrapped(geometry: LineString | MultiLineString): Position[] {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const points = parts.flat();
  let shift = 0;
  return points.map((p, i) => {
    if (i > 0 && Math.abs(p[0]! - points[i - 1]![0]!) > 180) shift += p[0]! < 0 ? 360 : -360;
    return [p[0]! + shift, p[1]!];
  });
}

/** Distance (km) from `point` to the nearest segment vertex-interpolation of the arc. */
function nearestOnArc(arc: Position[], point: Position): number {
  let best = Infinity;
  for (let i = 1; i < arc.length; i++) {
    for (let t = 0; t <= 1; t += 0.01) {
      const a = arc[i - 1]!;
      const b = arc[i]!;
      const lon = a[0]! + t * (b[0]! - a[0]!);
      const candidate = [((lon + 540) % 360) - 180, a[1]! + t * (b[1]! - a[1]!)];
      best = Math.min(best, distance(candidate, point));
    }
  }
  return best;
}

function decimals(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

describe('greatCircleArc', () => {
  it('follows the great circle from Moscow to Pyongyang: mid-arc within 5 km of Turf', () => {
    const arc = greatCircleArc(MOSCOW, PYONGYANG) as LineString;
    expect(arc.type).toBe('LineString');
    expect(arc.coordinates[0]).toEqual(MOSCOW);
    expect(arc.coordinates.at(-1)).toEqual(PYONGYANG);
    expect(nearestOnArc(arc.coordinates, turfMidpoint(MOSCOW, PYONGYANG))).toBeLessThan(5);
  });

  it('cuts Tokyo to San Francisco at the antimeridian with no gap (RFC 7946 §3.1.9)', () => {
    const arc = greatCircleArc(TOKYO, SAN_FRANCISCO) as MultiLineString;
    expect(arc.type).toBe('MultiLineString');
    expect(arc.coordinates).toHaveLength(2);
    const [west, east] = arc.coordinates as [Position[], Position[]];
    expect(west.at(-1)![0]).toBe(180);
    expect(east[0]![0]).toBe(-180);
    expect(west.at(-1)![1]).toBe(east[0]![1]); // same latitude: the parts meet
    expect(west.every((p) => p[0]! >= 0)).toBe(true);
    expect(east.every((p) => p[0]! <= 0)).toBe(true);
    expect(nearestOnArc(unwrapped(arc), turfMidpoint(TOKYO, SAN_FRANCISCO))).toBeLessThan(5);
  });

  it('puts the crossing where Turf says the great circle meets 180°', () => {
    const arc = greatCircleArc(TOKYO, SAN_FRANCISCO) as MultiLineString;
    const crossing = arc.coordinates[0]!.at(-1)!;
    // Walk the route with Turf in 1 km steps and take the step nearest to 180°.
    const total = distance(TOKYO, SAN_FRANCISCO);
    const heading = bearing(TOKYO, SAN_FRANCISCO);
    let nearest = { dLon: Infinity, lat: 0 };
    for (let km = 0; km <= total; km += 1) {
      const [lon, lat] = destination(TOKYO, km, heading).geometry.coordinates as [number, number];
      const dLon = 180 - Math.abs((((lon % 360) + 540) % 360) - 180); // Turf may return lon > 180
      if (dLon < nearest.dLon) nearest = { dLon, lat };
    }
    expect(Math.abs(crossing[1]! - nearest.lat)).toBeLessThan(0.05);
  });

  it('cuts the line even with few points, where Turf 7.4 does not cut it', () => {
    const arc = greatCircleArc(TOKYO, SAN_FRANCISCO, { npoints: 10 });
    expect(arc.type).toBe('MultiLineString');
    for (const part of (arc as MultiLineString).coordinates) {
      for (let i = 1; i < part.length; i++) {
        expect(Math.abs(part[i]![0]! - part[i - 1]![0]!)).toBeLessThan(180);
      }
    }
  });

  it('gives two identical positions, not NaN, for identical endpoints', () => {
    expect(greatCircleArc(PYONGYANG, PYONGYANG)).toEqual({
      type: 'LineString',
      coordinates: [PYONGYANG, PYONGYANG],
    });
    const almost = greatCircleArc(PYONGYANG, [125.7525, 39.0195000000001]);
    expect(almost.coordinates.flat(2).every(Number.isFinite)).toBe(true);
  });

  it('refuses antipodal and nearly antipodal endpoints instead of jumping', () => {
    expect(() => greatCircleArc([0, 10], [180, -10])).toThrow(/antipodal/);
    expect(() => greatCircleArc([0, 10], [179.9, -10])).toThrow(/antipodal/);
    expect(() => greatCircleArc([0, 10], [170, -10])).not.toThrow();
  });

  it('does not leave a one-point part when an endpoint sits on 180°', () => {
    const arc = greatCircleArc([180, 10], [-170, 20]);
    expect(arc.type).toBe('LineString');
    expect(arc.coordinates.length).toBeGreaterThanOrEqual(2);
  });

  it('writes at most 6 decimals', () => {
    const arc = greatCircleArc([37.61781234567, 55.75171234567], PYONGYANG) as LineString;
    expect(arc.coordinates.flat().every((n) => decimals(n) <= 6)).toBe(true);
    expect(arc.coordinates[0]).toEqual([37.617812, 55.751712]);
  });

  it('rejects positions out of range', () => {
    expect(() => greatCircleArc([200, 0], PYONGYANG)).toThrow(/from must be/);
    expect(() => greatCircleArc(PYONGYANG, [0, Number.NaN])).toThrow(/to must be/);
  });
});
