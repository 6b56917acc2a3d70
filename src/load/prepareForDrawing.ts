// After validation: what Leaflet needs to draw a valid file faithfully. Positions drop
// elevation and measures (Leaflet draws 2D; the validator has warned), lines crossing the
// antimeridian are cut there (RFC 7946 §3.1.9), polygons crossing it are unwrapped so they
// fill 20° and not a 340° band. Adds the warnings the validator lacks: a stale bbox
// (bounds come from the geometry) and self-crossing rings.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { splitAtAntimeridian } from '../geometry/splitAtAntimeridian.ts';
import { problem, type LoadProblem } from './loadProblem.ts';
import { ringSelfIntersects } from './ringSelfIntersects.ts';

const crossesAntimeridian = (line: Position[]) =>
  line.some((p, i) => i > 0 && Math.abs(p[0]! - line[i - 1]![0]!) > 180);

/** Shifts longitudes by ±360 so neighbours are never more than 180° apart. */
function unwrap(ring: Position[]): Position[] {
  let shift = 0;
  return ring.map((p, i) => {
    if (i > 0) {
      const delta = p[0]! - ring[i - 1]![0]!;
      if (delta > 180) shift -= 360;
      else if (delta < -180) shift += 360;
    }
    return [p[0]! + shift, p[1]!];
  });
}

function flat(position: Position): Position {
  return position.length > 2 ? [position[0]!, position[1]!] : position;
}

/** The geometry ready for Leaflet, plus warnings about what changed. */
function prepareGeometry(
  geometry: Geometry,
  warn: (field: string, text: string) => void,
): Geometry {
  const lines = (lines: Position[][]) => lines.map((line) => line.map((p) => flat(p)));
  // The validator already warns about uncut crossings.
  const cutLines = (parts: Position[][]) =>
    parts.some(crossesAntimeridian) ? parts.flatMap((part) => splitAtAntimeridian(part)) : parts;
  const fillPolygon = (rings: Position[][], field: string) => {
    if (rings.some((ring) => ringSelfIntersects(ring))) {
      warn(field, 'a ring crosses itself; its fill and any area shown may be wrong.');
    }
    return rings.some(crossesAntimeridian) ? rings.map(unwrap) : rings;
  };
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: flat(geometry.coordinates) };
    case 'MultiPoint':
      return { ...geometry, coordinates: geometry.coordinates.map((p) => flat(p)) };
    case 'LineString': {
      const parts = cutLines(lines([geometry.coordinates]));
      return parts.length === 1
        ? { type: 'LineString', coordinates: parts[0]! }
        : { type: 'MultiLineString', coordinates: parts };
    }
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: cutLines(lines(geometry.coordinates)) };
    case 'Polygon':
      return {
        type: 'Polygon',
        coordinates: fillPolygon(lines(geometry.coordinates), 'geometry.coordinates'),
      };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon, i) =>
          fillPolygon(lines(polygon), `geometry.coordinates[${i}]`),
        ),
      };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => prepareGeometry(g, warn)) };
  }
}

type Bbox = [number, number, number, number] | [number, number, number, number, number, number];

function eachPosition(geometry: Geometry | null, visit: (p: Position) => void): void {
  if (!geometry) return;
  if (geometry.type === 'GeometryCollection')
    return geometry.geometries.forEach((g) => eachPosition(g, visit));
  const stack: unknown[] = [geometry.coordinates];
  while (stack.length) {
    const item = stack.pop() as unknown[];
    if (typeof item[0] === 'number') visit(item as Position);
    else stack.push(...item);
  }
}

function outsideBbox(bbox: Bbox, geometries: (Geometry | null)[]): boolean {
  const half = bbox.length / 2;
  const [west, south, east, north] = [bbox[0], bbox[1], bbox[half]!, bbox[half + 1]!];
  const tolerance = 1e-6;
  let outside = false;
  for (const geometry of geometries) {
    eachPosition(geometry, ([lon, lat]) => {
      const inLon =
        west <= east
          ? lon! >= west - tolerance && lon! <= east + tolerance
          : lon! >= west || lon! <= east;
      if (!inLon || lat! < south - tolerance || lat! > north + tolerance) outside = true;
    });
  }
  return outside;
}

export function prepareForDrawing(
  collection: FeatureCollection,
  file: string,
): { collection: FeatureCollection; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const features: Feature[] = collection.features.map((feature, index) => {
    const at = { index, id: feature.id ?? feature.properties?.id };
    if (feature.bbox && outsideBbox(feature.bbox as Bbox, [feature.geometry])) {
      problems.push(
        problem(
          'warning',
          file,
          'bbox',
          'the bbox does not contain the geometry; it is ignored.',
          at,
        ),
      );
    }
    if (!feature.geometry) return feature;
    const warn = (field: string, text: string) =>
      problems.push(problem('warning', file, field, text, at));
    return { ...feature, geometry: prepareGeometry(feature.geometry, warn) };
  });
  if (
    collection.bbox &&
    outsideBbox(
      collection.bbox as Bbox,
      collection.features.map((f) => f.geometry),
    )
  ) {
    problems.push(
      problem(
        'warning',
        file,
        'bbox',
        'the bbox does not contain all features; it is ignored (bounds come from the geometry).',
      ),
    );
  }
  return { collection: { ...collection, features }, problems };
}
