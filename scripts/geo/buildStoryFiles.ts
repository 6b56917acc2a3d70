// Builds geo/<id>.geojson for every data/<id>/ folder, and geo/stories.json listing them.
// Nothing is written unless every story is valid, so geo/ never holds half a build.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasErrors, type Problem } from '../../src/story/problem.ts';
import { serializeStory } from '../../src/story/serializeStory.ts';
import { tablesToStory } from '../../src/story/tables/tablesToStory.ts';
import type { StoryIndexEntry } from '../../src/story/types.ts';
import { validateStoryCollection } from '../../src/story/validateStoryCollection.ts';
import { listStoryFolders, readStoryFolder } from './readStoryFolder.ts';

export interface BuildResult {
  problems: Problem[];
  /** Paths written, empty when there was an error. */
  written: string[];
}

export function buildStoryFiles(dataDir: string, outDir: string): BuildResult {
  const problems: Problem[] = [];
  const outputs: { path: string; text: string }[] = [];
  const index: StoryIndexEntry[] = [];
  for (const folder of listStoryFolders(dataDir)) {
    const built = tablesToStory(readStoryFolder(folder));
    problems.push(...built.problems);
    if (!built.collection) continue;
    const story = built.collection.tripoint!.story;
    const path = join(outDir, `${story.id}.geojson`);
    const text = serializeStory(built.collection);
    // The file as the app will read it must pass the app's validator too.
    problems.push(...validateStoryCollection(JSON.parse(text), path).problems.filter((p) => p.severity === 'error'));
    outputs.push({ path, text });
    index.push({ id: story.id, title: story.title });
  }
  if (hasErrors(problems)) return { problems, written: [] };
  mkdirSync(outDir, { recursive: true });
  outputs.push({ path: join(outDir, 'stories.json'), text: `${JSON.stringify(index, null, 2)}\n` });
  for (const { path, text } of outputs) writeFileSync(path, text);
  return { problems, written: outputs.map((output) => output.path) };
}
