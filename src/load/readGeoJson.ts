// A user's file, bytes to drawable data, the same way in the page, in the worker and in
// `npm run validate`: decode strictly, parse strictly, check the limits without recursion,
// normalise what is recoverable, validate against RFC 7946 and the Tripoint profile, then
// prepare for drawing. Any error refuses the whole file; warnings travel with the data.
import type { Feature } from 'geojson';
import { deriveGeometry } from '../story/deriveGeometry.ts';
import { tripointKindOf } from '../story/profile/validateProfile.ts';
import { validateStoryCollection } from '../story/validateStoryCollection.ts';
import type { StoryCollection, TripointFeature } from '../story/types.ts';
import { checkLimits } from './checkLimits.ts';
import { decodeText, DecodeError } from './decodeText.ts';
import { formatBytes, LIMITS } from './limits.ts';
import { fastKinds } from '../scale/fastPath.ts';
import { problem, type LoadProblem } from './loadProblem.ts';
import { normalizeInput } from './normalizeInput.ts';
import { JsonParseError, parseJsonText } from './parseJsonText.ts';
import { prepareForDrawing } from './prepareForDrawing.ts';

export interface LoadedData {
  file: string;
  /** Features that follow the Tripoint profile (with `properties.kind`). */
  collection: StoryCollection;
  /** Any other GeoJSON features, for the plain "Other" layer. */
  other: Feature[];
  warnings: LoadProblem[];
}

export interface Refusal {
  file: string;
  /** The first LIMITS.maxListedProblems problems, errors first. */
  problems: LoadProblem[];
  /** How many more were found and not listed. */
  more: number;
}

export type ReadResult = { ok: true; data: LoadedData } | { ok: false; refusal: Refusal };

const OMITTED = /^(\d+) more problems not shown/;

function refuse(file: string, problems: LoadProblem[]): ReadResult {
  let omitted = 0;
  const listed = problems.filter((p) => {
    const match = p.field === '(file)' ? OMITTED.exec(p.message) : null;
    if (match) omitted += Number(match[1]);
    return !match;
  });
  const sorted = [
    ...listed.filter((p) => p.severity === 'error'),
    ...listed.filter((p) => p.severity !== 'error'),
  ];
  const shown = sorted.slice(0, LIMITS.maxListedProblems);
  return {
    ok: false,
    refusal: { file, problems: shown, more: sorted.length - shown.length + omitted },
  };
}

const hasError = (problems: LoadProblem[]) => problems.some((p) => p.severity === 'error');

const isTripointFeature = (feature: Feature) => tripointKindOf(feature) !== undefined;

/** Arcs for movements/flows (and points for events) given with `geometry: null`. */
function withDerivedGeometry(
  features: Feature[],
  file: string,
): { features: Feature[]; problems: LoadProblem[] } {
  const fast: ReadonlySet<unknown> = fastKinds(features.map(tripointKindOf));
  if (fast.size === 0) return deriveGeometry(features, file);
  // Derive the rest; leave the null geometry of flows (or movements) past the threshold to
  // the fast renderer (src/scale), which never needs a Turf arc per feature.
  const skipped = features.map((f) => (fast.has(tripointKindOf(f)) ? null : f));
  const derived = deriveGeometry(
    skipped.filter((f): f is Feature => f !== null),
    file,
  );
  let next = 0;
  return {
    features: skipped.map((f, i) => (f === null ? features[i]! : derived.features[next++]!)),
    problems: derived.problems,
  };
}

export function readGeoJsonBytes(bytes: Uint8Array, file: string): ReadResult {
  if (bytes.length > LIMITS.maxBytes) {
    const text = `the file is ${formatBytes(bytes.length)}; Tripoint loads files up to ${formatBytes(LIMITS.maxBytes)}.`;
    return refuse(file, [problem('error', file, '', text)]);
  }
  const warnings: LoadProblem[] = [];
  let text: string;
  try {
    const decoded = decodeText(bytes);
    text = decoded.text;
    if (decoded.strippedBom)
      warnings.push(
        problem('warning', file, '', 'a UTF-8 byte order mark (BOM) at the start was ignored.'),
      );
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return refuse(file, [problem('error', file, '', error.message)]);
  }
  return readGeoJsonText(text, file, warnings);
}

export function readGeoJsonText(
  text: string,
  file: string,
  warnings: LoadProblem[] = [],
): ReadResult {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (error) {
    if (!(error instanceof JsonParseError)) throw error;
    return refuse(file, [problem('error', file, '', error.message)]);
  }
  return readGeoJsonValue(json, file, warnings);
}

export function readGeoJsonValue(
  json: unknown,
  file: string,
  warnings: LoadProblem[] = [],
): ReadResult {
  const limits = checkLimits(json, file);
  if (hasError(limits.problems)) return refuse(file, limits.problems);
  const normalized = normalizeInput(json, file, { loneSurrogates: limits.loneSurrogates });
  // A story file (with the `tripoint` member) must follow the profile. Any other file is
  // read leniently: a feature whose Tripoint fields are wrong is drawn as a plain feature,
  // with a warning; only JSON, RFC 7946 and limit errors refuse it.
  const lenient = !(
    typeof normalized.value === 'object' &&
    normalized.value !== null &&
    'tripoint' in normalized.value
  );
  const validated = validateStoryCollection(normalized.value, file, {
    maxProblems: 1000,
    lenient,
  });
  const found = [...warnings, ...limits.problems, ...normalized.problems, ...validated.problems];
  if (hasError(found) || !validated.collection) return refuse(file, found);

  const derived = withDerivedGeometry(validated.collection.features as unknown as Feature[], file);
  if (hasError(derived.problems)) return refuse(file, [...found, ...derived.problems]);
  const drawn = prepareForDrawing({ ...validated.collection, features: derived.features }, file);
  const tripoint = drawn.collection.features.filter(
    isTripointFeature,
  ) as unknown as TripointFeature[];
  const other = drawn.collection.features.filter((feature) => !isTripointFeature(feature));
  const collection: StoryCollection = {
    ...(drawn.collection as unknown as StoryCollection),
    features: tripoint,
  };
  return {
    ok: true,
    data: { file, collection, other, warnings: [...found, ...derived.problems, ...drawn.problems] },
  };
}
