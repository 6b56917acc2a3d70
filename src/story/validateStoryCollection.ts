// The one validator for a story file, used by the app's loader, `npm run geo` and
// `npm run validate`: RFC 7946 structure first, then Tripoint's profile.

import type { Feature } from 'geojson';
import { validateGeoJson, type GeoJsonOptions } from './geojson/validateGeoJson.ts';
import { isObject } from './geojson/checkGeometry.ts';
import { validateProfile } from './profile/validateProfile.ts';
import { validateStoryMeta } from './profile/validateStoryMeta.ts';
import { hasErrors, type Problem } from './problem.ts';
import type { StoryCollection } from './types.ts';

export interface StoryCollectionOptions extends GeoJsonOptions {
  /**
   * For files from elsewhere (`?data=`): a feature whose Tripoint fields are wrong is kept
   * as a plain feature (its `kind` removed) and its problems become warnings.
   */
  lenient?: boolean;
}

export interface StoryValidation {
  problems: Problem[];
  /** Present when there is no error; warnings may remain. */
  collection?: StoryCollection;
}

export function validateStoryCollection(
  json: unknown,
  file: string,
  options: StoryCollectionOptions = {},
): StoryValidation {
  const structure = validateGeoJson(json, file, options);
  // Profile problems are worth reporting beside structural ones, as long as there is a
  // features array to look at: a person fixes them all in one go.
  const collection = (structure.collection ?? featureCollectionOrUndefined(json)) as
    StoryCollection | undefined;
  if (!collection) return { problems: structure.problems };
  const problems = [...structure.problems];
  const hasMember = isObject(json) && 'tripoint' in json;
  if (hasMember)
    problems.push(...validateTripointMember((json as { tripoint: unknown }).tripoint, file));
  const profile = validateProfile(collection, file, { strict: hasMember });
  if (options.lenient) {
    problems.push(...demoteInvalidFeatures(collection, profile));
  } else {
    problems.push(...profile);
  }
  return hasErrors(problems) ? { problems } : { problems, collection };
}

function featureCollectionOrUndefined(json: unknown): StoryCollection | undefined {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    return undefined;
  return { ...(json as unknown as StoryCollection) };
}

function validateTripointMember(tripoint: unknown, file: string): Problem[] {
  if (!isObject(tripoint) || tripoint.profile !== 1) {
    const message = 'tripoint must be {"profile": 1, "story": {...}}: this version reads profile 1';
    return [{ severity: 'error', file, field: 'tripoint.profile', message }];
  }
  return validateStoryMeta(tripoint.story, file, 'tripoint.story.');
}

/** Lenient mode: features with profile errors lose their kind; every problem becomes a warning. */
function demoteInvalidFeatures(collection: StoryCollection, problems: Problem[]): Problem[] {
  const failed = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.index));
  collection.features = collection.features.map((feature, index) => {
    if (!failed.has(index)) return feature;
    const properties = { ...(feature.properties as unknown as Record<string, unknown>) };
    delete properties.kind;
    return { ...(feature as Feature), properties } as unknown as typeof feature;
  });
  return problems.map((problem) =>
    problem.severity === 'error'
      ? { ...problem, severity: 'warning', message: `${problem.message}; drawn as a plain feature` }
      : problem,
  );
}
