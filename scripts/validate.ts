// npm run validate -- <story folder | file.geojson>: every problem with its location.
// Exit 1 on any error, 0 when clean; warnings are printed but do not fail.

import { statSync } from 'node:fs';
import { formatProblem, hasErrors, type Problem } from '../src/story/problem.ts';
import { tablesToStory } from '../src/story/tables/tablesToStory.ts';
import { readStoryFolder } from './geo/readStoryFolder.ts';
import { readGeoJsonFile } from './lib/readGeoJsonFile.ts';

function validatePath(path: string): { problems: Problem[]; features?: number } {
  if (statSync(path).isDirectory()) {
    const result = tablesToStory(readStoryFolder(path));
    return { problems: result.problems, features: result.collection?.features.length };
  }
  // A .geojson file goes through the app's own loader (src/load): same decoding, limits,
  // normalisation and validation, so the CLI and the browser agree on every file.
  const result = readGeoJsonFile(path);
  if (result.ok) {
    const { collection, other, warnings } = result.data;
    return { problems: warnings, features: collection.features.length + other.length };
  }
  const { problems, more } = result.refusal;
  const rest: Problem[] =
    more > 0
      ? [
          {
            severity: 'error',
            file: path,
            field: '(file)',
            message: `${more} more problems not shown`,
          },
        ]
      : [];
  return { problems: [...problems, ...rest] };
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
