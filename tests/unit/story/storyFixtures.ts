// Reading the story fixtures in tests/fixtures/story/: in/ (valid table folders), out/
// (their golden GeoJSON) and invalid/ (one broken thing each, with the expected messages).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, type Problem } from '../../../src/story/problem.ts';
import type { StoryFiles } from '../../../src/story/tables/tablesToStory.ts';
import { readStoryFolder } from '../../../scripts/geo/readStoryFolder.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/story');
export const BASE_STORY = join(FIXTURES, 'in/minimal');

export function subfolders(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}

/** An invalid case: the minimal story with the case's files put in place of the base ones. */
export function brokenStory(caseDir: string): StoryFiles {
  const { files } = readStoryFolder(BASE_STORY);
  for (const name of readdirSync(caseDir)) {
    if (name !== 'expected.txt') files[name] = readFileSync(join(caseDir, name), 'utf8');
  }
  // Messages name the story as a user's data folder would be named.
  return { folder: 'data/minimal', files };
}

export function expectedLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

export function problemLines(problems: Problem[]): string[] {
  return problems.map((problem) => `${problem.severity}: ${formatProblem(problem)}`);
}
