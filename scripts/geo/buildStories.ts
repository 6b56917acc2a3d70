// npm run geo [-- --data data --out geo]: builds every story's GeoJSON from its tables.
// Exits 1, writing nothing, when a table has an error; prints warnings either way.

import { parseArgs } from 'node:util';
import { formatProblem } from '../../src/story/problem.ts';
import { buildStoryFiles } from './buildStoryFiles.ts';

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: 'geo' } },
});
const { problems, written } = buildStoryFiles(values.data, values.out);
for (const problem of problems) console.error(`${problem.severity}: ${formatProblem(problem)}`);
if (written.length === 0) {
  console.error(problems.length > 0 ? 'geo: not built, fix the errors above' : `geo: no story folders in ${values.data}/`);
  process.exit(1);
}
for (const path of written) console.log(`wrote ${path}`);
