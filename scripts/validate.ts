// npm run validate -- <story folder | file.geojson>: every problem with its location.
// Exit 1 on any error, 0 when clean; warnings are printed but do not fail.

import { readFileSync, statSync } from 'node:fs';
import { formatProblem, hasErrors, type Problem } from '../src/story/problem.ts';
import { tablesToStory } from '../src/story/tables/tablesToStory.ts';
import { validateStoryCollection } from '../src/story/validateStoryCollection.ts';
import { readStoryFolder } from './geo/readStoryFolder.ts';

function validatePath(path: string): { problems: Problem[]; features?: number } {
  if (statSync(path).isDirectory()) {
    const result = tablesToStory(readStoryFolder(path));
    return { problems: result.problems, features: result.collection?.features.length };
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = `the file is not valid JSON: ${(error as Error).message}`;
    return { problems: [{ severity: 'error', file: path, field: '(file)', message }] };
  }
  const result = validateStoryCollection(json, path);
  return { problems: result.problems, features: result.collection?.features.length };
}

const path = process.argv[2];
if (!path) {
  console.error('usage: npm run validate -- <story folder | file.geojson>');
  process.exit(2);
}
let outcome: { problems: Problem[]; features?: number };
try {
  outcome = validatePath(path);
} catch (error) {
  console.error(`error: ${path}: ${(error as Error).message}`);
  process.exit(1);
}
const { problems, features } = outcome;
for (const problem of problems) console.log(`${problem.severity}: ${formatProblem(problem)}`);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (hasErrors(problems)) {
  console.log(
    `${path}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  process.exit(1);
}
console.log(
  `${path}: valid, ${features} features, ${warnings} warning${warnings === 1 ? '' : 's'}`,
);
