// Tripoint's profile on top of RFC 7946: features whose properties.kind is a Tripoint
// kind must carry that kind's fields; ids are unique; from/to/place name a place.
// Features without a Tripoint kind are plain GeoJSON and are left alone.

import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { isSlug } from '../formats.ts';
import { isObject } from '../geojson/checkGeometry.ts';
import { ProblemList, type Problem, type Where } from '../problem.ts';
import { KINDS, type Kind } from '../types.ts';
import { checkCommon, KIND_CHECKS } from './checkKinds.ts';

export interface ProfileOptions {
  /** A story file: a `kind` that is not Tripoint's is probably a typo, so say so. */
  strict?: boolean;
}

const POINT_KINDS: readonly Kind[] = ['place', 'event'];
const ARC_KINDS: readonly Kind[] = ['movement', 'flow'];

export function isTripointKind(kind: unknown): kind is Kind {
  return (KINDS as readonly unknown[]).includes(kind);
}

export function tripointKindOf(feature: unknown): Kind | undefined {
  if (!isObject(feature) || !isObject(feature.properties)) return undefined;
  const kind = feature.properties.kind;
  return isTripointKind(kind) ? kind : undefined;
}

export function validateProfile(
  collection: FeatureCollection<Geometry | null>,
  file: string,
  options: ProfileOptions = {},
): Problem[] {
  const list = new ProblemList();
  const placeIds = collectPlaceIds(collection.features);
  const seen = new Set<string>();
  collection.features.forEach((feature, index) => {
    if (!isObject(feature)) return; // not a Feature: reported by validateGeoJson
    const props = isObject(feature.properties) ? feature.properties : {};
    const kind = tripointKindOf(feature);
    const where: Where = { file, index, ...(typeof props.id === 'string' ? { id: props.id } : {}) };
    if (!kind) {
      if (options.strict && typeof props.kind === 'string') {
        list.warning(
          where,
          'kind',
          `kind "${props.kind}" is not one of ${KINDS.join(', ')}: drawn as a plain feature`,
        );
      }
      return;
    }
    const context = { props, list, where };
    checkCommon(context, kind);
    KIND_CHECKS[kind](context);
    checkId(props.id, seen, list, where);
    checkGeometryType(feature, kind, list, where);
    checkReferences(props, placeIds, list, where);
  });
  return list.items;
}

function collectPlaceIds(features: Feature<Geometry | null>[]): Set<string> {
  const ids = new Set<string>();
  for (const feature of features) {
    const id =
      isObject(feature) && isObject(feature.properties) ? feature.properties.id : undefined;
    if (tripointKindOf(feature) === 'place' && typeof id === 'string') ids.add(id);
  }
  return ids;
}

function checkId(id: unknown, seen: Set<string>, list: ProblemList, where: Where): void {
  if (typeof id !== 'string' || id === '') return; // reported as missing already
  if (seen.has(id)) list.error(where, 'id', `id "${id}" is used by more than one feature`);
  seen.add(id);
  if (!isSlug(id))
    list.warning(
      where,
      'id',
      `id "${id}" has characters other than letters, digits, ".", "_" and "-": it will be hard to use in links`,
    );
}

function checkGeometryType(
  feature: Feature<Geometry | null>,
  kind: Kind,
  list: ProblemList,
  where: Where,
): void {
  const geometry: unknown = feature.geometry;
  const type = isObject(geometry) && typeof geometry.type === 'string' ? geometry.type : null;
  if (POINT_KINDS.includes(kind) && type !== 'Point') {
    list.error(where, 'geometry', `geometry must be a Point for a ${kind}, got ${type ?? 'null'}`);
  }
  if (
    ARC_KINDS.includes(kind) &&
    type !== null &&
    type !== 'LineString' &&
    type !== 'MultiLineString'
  ) {
    list.error(
      where,
      'geometry',
      `geometry must be a LineString, a MultiLineString or null for a ${kind}, got ${type}`,
    );
  }
}

function checkReferences(
  props: Record<string, unknown>,
  placeIds: Set<string>,
  list: ProblemList,
  where: Where,
): void {
  for (const field of ['from', 'to', 'place'] as const) {
    const value = props[field];
    if (typeof value === 'string' && value !== '' && !placeIds.has(value)) {
      list.error(where, field, `${field} refers to "${value}", which is not the id of a place`);
    }
  }
  if (typeof props.from === 'string' && props.from !== '' && props.from === props.to) {
    list.warning(
      where,
      'to',
      `to is the same place as from ("${props.from}"): the arc has no length`,
    );
  }
}
