import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Natural Earth rings that cross ±180° jump from 179.9° to -180° mid-ring. Leaflet draws the
 * map in one flat world, so such an edge becomes a band across the whole map. These pure
 * functions turn every ring into one with continuous longitudes and no edge wider than 180°.
 */

type Ring = Position[];

/** Step (degrees) of the points added along a pole when a ring that circles it is closed. */
const POLE_STEP = 10;

const lonOf = (p: Position): number => p[0] ?? 0;
const latOf = (p: Position): number => p[1] ?? 0;

/** Each point moved by a multiple of 360° so it lies within 180° of the previous one. */
export function unwrapRing(ring: Ring): Ring {
  const out: Ring = [];
  let previous: number | undefined;
  for (const point of ring) {
    let lon = lonOf(point);
    if (previous !== undefined) lon += 360 * Math.round((previous - lon) / 360);
    out.push([lon, latOf(point)]);
    previous = lon;
  }
  return out;
}

export function crossesAntimeridian(ring: Ring): boolean {
  return ring.some((p, i) => i > 0 && Math.abs(lonOf(p) - lonOf(ring[i - 1] ?? p)) > 180);
}

/** An unwrapped ring that ends 360° away from where it started goes round a pole. */
function circlesPole(unwrapped: Ring): boolean {
  const first = unwrapped[0];
  const last = unwrapped[unwrapped.length - 1];
  return first !== undefined && last !== undefined && Math.abs(lonOf(last) - lonOf(first)) > 180;
}

/** Closes a pole-circling ring through the pole, in steps so no edge spans more than 180°. */
function closeThroughPole(unwrapped: Ring): Ring {
  const first = unwrapped[0] as Position;
  const last = unwrapped[unwrapped.length - 1] as Position;
  const meanLat = unwrapped.reduce((sum, p) => sum + latOf(p), 0) / unwrapped.length;
  const poleLat = meanLat < 0 ? -90 : 90;
  const direction = Math.sign(lonOf(first) - lonOf(last));
  const closing: Ring = [];
  for (let lon = lonOf(last); direction * (lonOf(first) - lon) > 0; lon += direction * POLE_STEP) {
    closing.push([lon, poleLat]);
  }
  closing.push([lonOf(first), poleLat], [lonOf(first), latOf(first)]);
  return [...unwrapped, ...closing];
}

/**
 * A ring that draws nothing on a Mercator map: zero planar area, or lying entirely at a pole
 * (world-atlas outlines the South Pole at -89.999° for spherical renderers; on a flat map
 * that outline would become Antarctica's exterior with the coast as its hole).
 */
function isDegenerate(ring: Ring): boolean {
  if (ring.every((p) => Math.abs(latOf(p)) > 89.9)) return true;
  let twiceArea = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position;
    const b = ring[i] as Position;
    twiceArea += lonOf(a) * latOf(b) - lonOf(b) * latOf(a);
  }
  return Math.abs(twiceArea) < 1e-9;
}

const meanLon = (ring: Ring): number => ring.reduce((sum, p) => sum + lonOf(p), 0) / ring.length;

function shiftRing(ring: Ring, degrees: number): Ring {
  return degrees === 0 ? ring : ring.map((p) => [lonOf(p) + degrees, latOf(p)]);
}

/**
 * Rewrites a (Multi)Polygon so that Leaflet draws it without bands:
 * - every ring is unwrapped; a ring that circles a pole (Antarctica) is closed through it;
 * - a country that straddles ±180° (Russia's Chukotka, Fiji) keeps all its parts on the east
 *   side, so Chukotka reaches 190° instead of reappearing at -170°;
 * - degenerate rings are dropped; if an exterior was degenerate its other rings stand alone.
 * Returns null when nothing drawable is left. The input is not modified.
 */
export function fixAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const straddles = polygons.some((rings) =>
    rings.some((ring) => crossesAntimeridian(ring) && !circlesPole(unwrapRing(ring))),
  );
  const fixed: Ring[][] = [];
  for (const rings of polygons) {
    const kept = rings.map((ring) => {
      const unwrapped = unwrapRing(ring);
      if (isDegenerate(unwrapped)) return null;
      if (circlesPole(unwrapped)) return closeThroughPole(unwrapped);
      return straddles && meanLon(unwrapped) < 0 ? shiftRing(unwrapped, 360) : unwrapped;
    });
    const [exterior, ...holes] = kept;
    const liveHoles = holes.filter((r): r is Ring => r !== null);
    if (exterior) fixed.push([exterior, ...liveHoles]);
    else fixed.push(...liveHoles.map((ring) => [ring]));
  }
  if (fixed.length === 0) return null;
  if (fixed.length === 1) return { type: 'Polygon', coordinates: fixed[0] as Ring[] };
  return { type: 'MultiPolygon', coordinates: fixed };
}
