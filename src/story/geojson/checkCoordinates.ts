// Checks `coordinates` for each geometry type at its fixed nesting level (RFC 7946 §3.1).
// The level is known from the type, so a hostile file nested 100,000 arrays deep is
// rejected at the first level that is not a number: nothing here recurses on the data.

import { describeValue, type ProblemList, type Where } from '../problem.ts';

export interface CoordinateContext {
  list: ProblemList;
  where: Where;
  /** Warnings said once per feature, not once per position. */
  said: Set<string>;
}

type Check = (value: unknown, path: string, context: CoordinateContext) => void;

const checkLineString: Check = (value, path, context) => checkPositionList(value, path, context, 2);

export const COORDINATE_CHECKS: Record<string, Check> = {
  Point: (value, path, context) => checkPosition(value, path, context),
  MultiPoint: (value, path, context) => checkPositionList(value, path, context, 0),
  LineString: checkLineString,
  MultiLineString: (value, path, context) => checkEach(value, path, context, checkLineString),
  Polygon: (value, path, context) => checkEach(value, path, context, checkRing),
  MultiPolygon: (value, path, context) =>
    checkEach(value, path, context, (polygon, polygonPath) =>
      checkEach(polygon, polygonPath, context, checkRing),
    ),
};

function checkEach(value: unknown, path: string, context: CoordinateContext, check: Check): void {
  if (!Array.isArray(value)) {
    context.list.error(
      context.where,
      path,
      `${path} must be an array, got ${describeValue(value)}`,
    );
    return;
  }
  value.forEach((item, i) => check(item, `${path}[${i}]`, context));
}

function checkRing(value: unknown, path: string, context: CoordinateContext): void {
  if (!checkPositionList(value, path, context, 4)) return;
  const ring = value as number[][];
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first.length !== last.length || first.some((n, i) => n !== last[i])) {
    context.list.error(
      context.where,
      path,
      `${path} is not closed: its last position must repeat the first (RFC 7946 §3.1.6)`,
    );
  }
}

/** Returns true when `value` is a well-formed list of at least `min` positions. */
function checkPositionList(
  value: unknown,
  path: string,
  context: CoordinateContext,
  min: number,
): boolean {
  if (!Array.isArray(value)) {
    context.list.error(
      context.where,
      path,
      `${path} must be an array of positions, got ${describeValue(value)}`,
    );
    return false;
  }
  let ok = true;
  value.forEach((position, i) => {
    ok = checkPosition(position, `${path}[${i}]`, context) && ok;
  });
  if (ok && value.length < min) {
    context.list.error(
      context.where,
      path,
      `${path} has ${value.length} position${value.length === 1 ? '' : 's'}, needs at least ${min}`,
    );
    return false;
  }
  if (ok) warnIfCrossesAntimeridian(value as number[][], path, context);
  return ok;
}

function checkPosition(value: unknown, path: string, context: CoordinateContext): boolean {
  const { list, where } = context;
  if (!Array.isArray(value)) {
    list.error(
      where,
      path,
      `${path} must be a position [longitude, latitude], got ${describeValue(value)}`,
    );
    return false;
  }
  const bad = value.findIndex((n) => typeof n !== 'number' || !Number.isFinite(n));
  if (bad >= 0) {
    list.error(
      where,
      `${path}[${bad}]`,
      `${path}[${bad}] must be a finite number, got ${describeValue(value[bad])}`,
    );
    return false;
  }
  if (value.length < 2) {
    list.error(
      where,
      path,
      `${path} must have a longitude and a latitude, got ${value.length} number${value.length === 1 ? '' : 's'}`,
    );
    return false;
  }
  const [lon, lat] = value as [number, number];
  let ok = true;
  if (lon < -180 || lon > 180) {
    const hint = lon > 180 && lon <= 360 ? ' (0-360 longitudes? GeoJSON uses -180 to 180)' : '';
    list.error(
      where,
      `${path}[0]`,
      `${path}[0]: longitude ${lon} is out of range [-180, 180]${hint}`,
    );
    ok = false;
  }
  if (lat < -90 || lat > 90) {
    const swapped = Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
    const hint = swapped
      ? ' (longitude and latitude swapped? GeoJSON positions are [longitude, latitude])'
      : '';
    list.error(where, `${path}[1]`, `${path}[1]: latitude ${lat} is out of range [-90, 90]${hint}`);
    ok = false;
  }
  if (value.length > 2)
    warnOnce(
      context,
      'dimensions',
      path,
      `${path} has ${value.length} numbers: the map uses longitude and latitude and ignores the rest`,
    );
  return ok;
}

function warnIfCrossesAntimeridian(
  line: number[][],
  path: string,
  context: CoordinateContext,
): void {
  for (let i = 1; i < line.length; i++) {
    if (Math.abs(line[i]![0]! - line[i - 1]![0]!) > 180) {
      const message = `${path} jumps ${Math.abs(line[i]![0]! - line[i - 1]![0]!).toFixed(1)}° of longitude between positions ${i - 1} and ${i}: cut lines that cross the antimeridian (RFC 7946 §3.1.9)`;
      warnOnce(context, 'antimeridian', path, message);
      return;
    }
  }
}

function warnOnce(context: CoordinateContext, key: string, field: string, message: string): void {
  if (context.said.has(key)) return;
  context.said.add(key);
  context.list.warning(context.where, field, message);
}
