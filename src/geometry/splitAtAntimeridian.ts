// Cuts a line whose longitudes jump across ±180° into parts that end exactly on the
// antimeridian, as RFC 7946 §3.1.9 asks. We do the cut ourselves because
// @turf/great-circle 7.4 leaves a ~1° gap at its own cut and skips it for small npoints.

import type { Position } from 'geojson';

/** Splits `line` wherever two neighbours are more than 180° of longitude apart. */
export function splitAtAntimeridian(line: Position[]): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  let previous: Position | undefined;
  for (const position of line) {
    if (previous && Math.abs(position[0]! - previous[0]!) > 180) {
      const latitude = crossingLatitude(previous, position);
      const side = previous[0]! > 0 ? 180 : -180;
      pushDistinct(current, [side, latitude]);
      parts.push(current);
      current = [[-side, latitude]];
    }
    pushDistinct(current, position);
    previous = position;
  }
  parts.push(current);
  // A part can shrink to one point when an endpoint sits exactly on ±180.
  return parts.filter((part) => part.length >= 2);
}

/** Latitude where the segment a→b meets the antimeridian, interpolated along unwrapped longitude. */
function crossingLatitude(a: Position, b: Position): number {
  const [lonA, latA] = a as [number, number];
  const [lonB, latB] = b as [number, number];
  const unwrappedB = lonA > 0 ? lonB + 360 : lonB - 360;
  const edge = lonA > 0 ? 180 : -180;
  const t = (edge - lonA) / (unwrappedB - lonA);
  return latA + t * (latB - latA);
}

function pushDistinct(part: Position[], position: Position): void {
  const last = part[part.length - 1];
  if (last && last[0] === position[0] && last[1] === position[1]) return;
  part.push(position);
}
