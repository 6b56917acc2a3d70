// Moves a validator problem about "feature 12" to the spreadsheet cell it came from:
// the table's file and row, and the column's name instead of the GeoJSON path.

import type { Problem, Where } from '../problem.ts';
import type { Kind } from '../types.ts';

export interface Origin {
  where: Where;
  kind: Kind;
}

// GeoJSON path prefix → CSV column.
const COLUMNS: [string, string][] = [
  ['geometry.coordinates[0]', 'lon'],
  ['geometry.coordinates[1]', 'lat'],
  ['names.', 'name_'],
  ['change.ratio', 'change_ratio'],
  ['change.against', 'change_against'],
];

/** Returns undefined for problems already reported where they belong. */
export function relocateProblem(
  problem: Problem,
  origins: Origin[],
  storyFile: string,
): Problem | undefined {
  if (problem.index === undefined) return relocateStoryProblem(problem, storyFile);
  const origin = origins[problem.index];
  if (!origin) return problem;
  // Sources are checked row by row in sources.csv; arcs and event points are derived from
  // places, so a missing one is explained by the reference problem.
  if (problem.field.startsWith('sources[')) return undefined;
  if (problem.field === 'geometry' && origin.kind !== 'place') return undefined;
  let { field, message } = problem;
  for (const [path, column] of COLUMNS) {
    if (!field.startsWith(path)) continue;
    const renamed = column + field.slice(path.length);
    message = message.startsWith(field) ? renamed + message.slice(field.length) : message;
    field = renamed;
    break;
  }
  const relocated: Problem = { ...problem, ...origin.where, field, message };
  delete relocated.index; // the row says where it is
  return relocated;
}

/** tripoint.story.title.en → story.json, title.en */
function relocateStoryProblem(problem: Problem, storyFile: string): Problem | undefined {
  const prefix = 'tripoint.story.';
  if (problem.field.startsWith(prefix)) {
    const field = problem.field.slice(prefix.length);
    const message = problem.message.startsWith(prefix)
      ? problem.message.slice(prefix.length)
      : problem.message;
    return { ...problem, file: storyFile, field, message };
  }
  if (problem.field === 'tripoint.story') {
    return {
      ...problem,
      file: storyFile,
      field: '(root)',
      message: problem.message.replace(/^tripoint\.story/, '(root)'),
    };
  }
  return problem;
}
