// Checks one geometry object (RFC 7946 §3.1), walking GeometryCollections with an
// explicit stack and a depth limit, so nesting cannot blow the call stack.

import type { Geometry } from 'geojson';
import { describeValue, type ProblemList, type Where } from '../problem.ts';
import { checkBbox } from './checkBbox.ts';
import { COORDINATE_CHECKS } from './checkCoordinates.ts';

export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
] as const;

export interface GeometryCheckOptions {
  /** GeometryCollections inside GeometryCollections: how deep before we refuse. */
  maxCollectionDepth: number;
}

/**
 * Returns the geometry to use: the input, or null when it has empty coordinates
 * (RFC 7946 §3.1 lets processors read those as a null geometry).
 */
export function checkGeometry(
  geometry: unknown,
  list: ProblemList,
  where: Where,
  options: GeometryCheckOptions,
): Geometry | null {
  if (isEmptyCoordinates(geometry)) {
    list.warning(
      where,
      'geometry.coordinates',
      'geometry.coordinates is empty: the feature has no location and is not drawn',
    );
    return null;
  }
  const said = new Set<string>();
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: geometry, path: 'geometry', depth: 0 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (!isObject(value)) {
      list.error(where, path, `${path} must be a geometry object, got ${describeValue(value)}`);
      continue;
    }
    const type = value.type;
    if (typeof type !== 'string' || !(GEOMETRY_TYPES as readonly string[]).includes(type)) {
      list.error(
        where,
        `${path}.type`,
        `${path}.type must be one of ${GEOMETRY_TYPES.join(', ')} (case-sensitive), got ${describeValue(type)}`,
      );
      continue;
    }
    for (const member of ['properties', 'features', 'geometry'] as const) {
      if (member in value)
        list.error(
          where,
          `${path}.${member}`,
          `${path} is a ${type} and must not have a "${member}" member (RFC 7946 §7.1); is it meant to be a Feature?`,
        );
    }
    if ('bbox' in value) checkBbox(value.bbox, `${path}.bbox`, list, where);
    if (type === 'GeometryCollection') {
      const members = value.geometries;
      if (!Array.isArray(members)) {
        list.error(
          where,
          `${path}.geometries`,
          `${path}.geometries must be an array, got ${describeValue(members)}`,
        );
      } else if (depth >= options.maxCollectionDepth) {
        list.error(
          where,
          path,
          `${path} nests GeometryCollections more than ${options.maxCollectionDepth} deep`,
        );
      } else {
        members.forEach((member, i) =>
          stack.push({ value: member, path: `${path}.geometries[${i}]`, depth: depth + 1 }),
        );
      }
      continue;
    }
    if (!('coordinates' in value)) {
      list.error(where, `${path}.coordinates`, `${path}.coordinates is required for a ${type}`);
      continue;
    }
    COORDINATE_CHECKS[type]!(value.coordinates, `${path}.coordinates`, { list, where, said });
  }
  return geometry as Geometry;
}

function isEmptyCoordinates(geometry: unknown): boolean {
  return (
    isObject(geometry) && Array.isArray(geometry.coordinates) && geometry.coordinates.length === 0
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
