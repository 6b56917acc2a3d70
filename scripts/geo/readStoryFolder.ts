// Reads a story folder's files for tablesToStory (the one impure step of a build).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryFiles } from '../../src/story/tables/tablesToStory.ts';

/** `folder` is kept as given, since messages show it: data/victory-day-2023/flows.csv */
export function readStoryFolder(folder: string): StoryFiles {
  const files: Record<string, string> = {};
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (/\.(csv|json)$/.test(name) && statSync(path).isFile()) files[name] = readFileSync(path, 'utf8');
  }
  return { folder: folder.replace(/[\\/]+$/, ''), files };
}

/** Story folders in `dataDir`: sub-folders holding a story.json, sorted by name. */
export function listStoryFolders(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .filter((name) => existsSync(join(dataDir, name, 'story.json')))
    .sort()
    .map((name) => join(dataDir, name));
}
