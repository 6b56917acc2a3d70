// RFC 7946 §5: a bbox is [west, south, east, north] (or with min/max altitude, 6 numbers).
// west > east is legal: the box crosses the antimeridian.

import { describeValue, type ProblemList, type Where } from '../problem.ts';

export function checkBbox(bbox: unknown, path: string, list: ProblemList, where: Where): void {
  if (!Array.isArray(bbox) || (bbox.length !== 4 && bbox.length !== 6)) {
    const got = Array.isArray(bbox) ? `${bbox.length} numbers` : describeValue(bbox);
    list.error(where, path, `${path} must be an array of 4 (or 6) numbers, got ${got}`);
    return;
  }
  const bad = bbox.findIndex((n) => typeof n !== 'number' || !Number.isFinite(n));
  if (bad >= 0) {
    list.error(
      where,
      `${path}[${bad}]`,
      `${path}[${bad}] must be a finite number, got ${describeValue(bbox[bad])}`,
    );
    return;
  }
  const half = bbox.length / 2;
  const [west, south, east, north] = [bbox[0], bbox[1], bbox[half], bbox[half + 1]] as number[];
  const inRange =
    [west!, east!].every((lon) => Math.abs(lon) <= 180) &&
    [south!, north!].every((lat) => Math.abs(lat) <= 90);
  if (!inRange)
    list.error(
      where,
      path,
      `${path} is out of range: longitudes must be in [-180, 180], latitudes in [-90, 90]`,
    );
  else if (south! > north!)
    list.error(where, path, `${path}: south ${south} is greater than north ${north}`);
}
