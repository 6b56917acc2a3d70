// A story folder's files (story.json + CSV tables) → one story FeatureCollection.
// Validation is the same validator the app uses; its problems are moved from
// "feature 12" to the CSV row the feature came from.

import type { Feature, Geometry } from 'geojson';
import { deriveGeometry } from '../deriveGeometry.ts';
import { ProblemList, type Problem, type Where } from '../problem.ts';
import type { Kind, StoryCollection, StoryMeta } from '../types.ts';
import { validateStoryCollection } from '../validateStoryCollection.ts';
import { computeFlowChanges } from './computeFlowChanges.ts';
import { FEATURE_FROM_ROW } from './featureFromRow.ts';
import { parseCsvTable } from './parseCsvTable.ts';
import { readSources, resolveSources } from './readSources.ts';
import { FEATURE_TABLES } from './tableSpecs.ts';
import { relocateProblem, type Origin } from './relocateProblem.ts';

export interface StoryFiles {
  /** The folder as the user named it, e.g. data/victory-day-2023; used in messages. */
  folder: string;
  /** File name → text, for story.json, sources.csv and the tables present. */
  files: Record<string, string | undefined>;
}

export interface TablesResult {
  problems: Problem[];
  /** Present when there is no error. */
  collection?: StoryCollection;
}

export function tablesToStory({ folder, files }: StoryFiles): TablesResult {
  const list = new ProblemList(500);
  const path = (name: string) => `${folder}/${name}`;
  const storyFile = path('story.json');
  const story = readStoryJson(files['story.json'], storyFile, list);
  const folderName = folder.split(/[\\/]/).filter(Boolean).pop();
  if (story && typeof story.id === 'string' && story.id !== folderName) {
    list.error(
      { file: storyFile },
      'id',
      `id "${story.id}" must be the folder's name, "${folderName}"`,
    );
  }
  const sourcesText = files['sources.csv'];
  if (sourcesText === undefined)
    list.error({ file: path('sources.csv') }, '(file)', 'the story folder has no sources.csv');
  const sources = readSources(
    sourcesText ?? 'source_id,url,publisher,date',
    path('sources.csv'),
    list,
  );

  const origins: Origin[] = [];
  const features: Feature<Geometry | null>[] = [];
  for (const spec of FEATURE_TABLES) {
    const file = path(spec.file);
    const text = files[spec.file];
    if (text === undefined) {
      if (!spec.optional) list.error({ file }, '(file)', `the story folder has no ${spec.file}`);
      continue;
    }
    for (const { row, values } of parseCsvTable(text, file, spec, list)) {
      const where: Where = { file, row, ...(values.id ? { id: values.id } : {}) };
      const rowSources =
        'sources' in values ? resolveSources(values.sources, sources, list, where) : undefined;
      features.push(FEATURE_FROM_ROW[spec.kind as Kind](values, rowSources));
      origins.push({ where, kind: spec.kind as Kind });
    }
  }
  computeFlowChanges(
    features
      .map((feature, i) => ({ feature, where: origins[i]!.where }))
      .filter((_, i) => origins[i]!.kind === 'flow'),
    list,
  );

  const derived = deriveGeometry(features, folder);
  const collection = {
    type: 'FeatureCollection',
    tripoint: { profile: 1, story: story && orderStoryKeys(story) },
    features: derived.features,
  };
  const validation = validateStoryCollection(collection, folder);
  for (const problem of [...derived.problems, ...validation.problems]) {
    const relocated = relocateProblem(problem, origins, storyFile);
    // Without a readable story.json, its problems are that one, already reported.
    if (relocated && (story || relocated.file !== storyFile)) list.add(relocated);
  }
  const problems = dedupe(list.toArray(folder));
  const ok = !problems.some((p) => p.severity === 'error');
  return ok ? { problems, collection: collection as StoryCollection } : { problems };
}

function readStoryJson(
  text: string | undefined,
  file: string,
  list: ProblemList,
): StoryMeta | undefined {
  if (text === undefined) {
    list.error({ file }, '(file)', 'the story folder has no story.json');
    return undefined;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as StoryMeta;
  } catch (error) {
    list.error({ file }, '(file)', `the file is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

const STORY_KEYS = [
  'id',
  'title',
  'dek',
  'languages',
  'bounds',
  'period',
  'credits',
  'actors',
  'tradePeriod',
];

/** The documented keys first, in the documented order, then any others: stable output. */
function orderStoryKeys(story: StoryMeta): StoryMeta {
  const ordered: Record<string, unknown> = {};
  for (const key of STORY_KEYS)
    if (key in story) ordered[key] = (story as unknown as Record<string, unknown>)[key];
  return { ...ordered, ...story } as StoryMeta;
}

/** The same problem found twice (e.g. a shared cause) is said once. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.severity}|${p.file}|${p.row}|${p.field}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
