// RFC 7946 structure of a parsed GeoJSON value: the root, each Feature, each geometry.
// Text-level concerns (size limits, BOM, JSON syntax) belong to the loader, which calls
// this on the parsed value; options let it tighten the limits for untrusted files.

import type { Feature, FeatureCollection } from 'geojson';
import { describeValue, ProblemList, type Problem, type Where } from '../problem.ts';
import { checkBbox } from './checkBbox.ts';
import { checkGeometry, GEOMETRY_TYPES, isObject } from './checkGeometry.ts';

export interface GeoJsonOptions {
  /** Stop collecting after this many problems (default 200). */
  maxProblems?: number;
  /** GeometryCollections inside GeometryCollections (default 4). */
  maxCollectionDepth?: number;
}

export interface GeoJsonResult {
  problems: Problem[];
  /** The value as a FeatureCollection (a lone Feature or geometry is wrapped); absent on errors. */
  collection?: FeatureCollection;
}

// RFC 7946 §7.1: members that would change what the object is.
const NOT_IN_FEATURE = ['coordinates', 'geometries', 'features'];
const NOT_IN_COLLECTION = ['coordinates', 'geometries', 'geometry'];

export function validateGeoJson(
  json: unknown,
  file: string,
  options: GeoJsonOptions = {},
): GeoJsonResult {
  const list = new ProblemList(options.maxProblems ?? 200);
  const geometryOptions = { maxCollectionDepth: options.maxCollectionDepth ?? 4 };
  const root = { file };
  if (!isObject(json)) {
    list.error(root, '(root)', `(root) must be a GeoJSON object, got ${describeValue(json)}`);
    return { problems: list.toArray(file) };
  }
  const type = json.type;
  let features: unknown[];
  let collection: FeatureCollection;
  if (type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) {
      list.error(
        root,
        'features',
        `features must be an array, got ${describeValue(json.features)}`,
      );
      return { problems: list.toArray(file) };
    }
    for (const member of NOT_IN_COLLECTION) {
      if (member in json)
        list.error(
          root,
          member,
          `${member} must not appear in a FeatureCollection (RFC 7946 §7.1)`,
        );
    }
    if ('properties' in json) {
      list.warning(
        root,
        'properties',
        'properties on a FeatureCollection is not GeoJSON (RFC 7946 §7.1) and is ignored',
      );
    }
    if ('bbox' in json) checkBbox(json.bbox, 'bbox', list, root);
    features = json.features;
    collection = { ...(json as unknown as FeatureCollection) };
  } else if (type === 'Feature') {
    features = [json];
    collection = { type: 'FeatureCollection', features: [] };
  } else if (typeof type === 'string' && (GEOMETRY_TYPES as readonly string[]).includes(type)) {
    features = [{ type: 'Feature', properties: null, geometry: json }];
    collection = { type: 'FeatureCollection', features: [] };
  } else {
    const hint =
      typeof type === 'string' && type.toLowerCase() === 'featurecollection'
        ? ' (names are case-sensitive)'
        : '';
    list.error(
      root,
      'type',
      `type must be "FeatureCollection", "Feature" or a geometry type, got ${describeValue(type)}${hint}`,
    );
    return { problems: list.toArray(file) };
  }
  collection.features = features.map((feature, index) =>
    checkFeature(feature, index, file, list, geometryOptions),
  );
  const problems = list.toArray(file);
  return list.hasErrors ? { problems } : { problems, collection };
}

function checkFeature(
  feature: unknown,
  index: number,
  file: string,
  list: ProblemList,
  geometryOptions: { maxCollectionDepth: number },
): Feature {
  const where: Where = { file, index, ...idOf(feature) };
  if (!isObject(feature) || feature.type !== 'Feature') {
    const got = isObject(feature) ? `type ${describeValue(feature.type)}` : describeValue(feature);
    list.error(where, 'type', `type must be "Feature", got ${got}`);
    return feature as Feature;
  }
  if ('id' in feature && typeof feature.id !== 'string' && typeof feature.id !== 'number') {
    list.error(where, 'id', `id must be a string or a number, got ${describeValue(feature.id)}`);
  }
  const properties = feature.properties;
  if (properties === undefined) {
    list.error(where, 'properties', 'properties is required (use null for none)');
  } else if (properties !== null && !isObject(properties)) {
    list.error(
      where,
      'properties',
      `properties must be an object or null, got ${describeValue(properties)}`,
    );
  }
  for (const member of NOT_IN_FEATURE) {
    if (member in feature)
      list.error(where, member, `${member} must not appear in a Feature (RFC 7946 §7.1)`);
  }
  if ('bbox' in feature) checkBbox(feature.bbox, 'bbox', list, where);
  if (!('geometry' in feature)) {
    list.error(
      where,
      'geometry',
      'geometry is required (use null for a feature without a location)',
    );
    return feature as unknown as Feature;
  }
  if (feature.geometry === null) return feature as unknown as Feature;
  const geometry = checkGeometry(feature.geometry, list, where, geometryOptions);
  if (geometry === feature.geometry) return feature as unknown as Feature;
  return { ...(feature as unknown as Feature), geometry } as Feature;
}

/** The id shown in messages: properties.id (Tripoint's) or else the Feature's own id. */
function idOf(feature: unknown): { id?: string } {
  if (!isObject(feature)) return {};
  const properties = feature.properties;
  const id = isObject(properties) && typeof properties.id === 'string' ? properties.id : feature.id;
  if (typeof id === 'string' || typeof id === 'number') return { id: String(id).slice(0, 80) };
  return {};
}
