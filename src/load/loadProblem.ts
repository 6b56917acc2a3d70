// Problems found while loading a user's file use the story validator's Problem shape and
// formatting, so one list shows both. Messages start with the field, as the validator's do.
import type { Problem, Severity } from '../story/problem.ts';

export type LoadProblem = Problem;

export function problem(
  severity: Severity,
  file: string,
  field: string,
  text: string,
  at: { index?: number; id?: unknown } = {},
): Problem {
  const located: Problem = {
    severity,
    file,
    field: field || '(file)',
    message: field ? `${field}: ${text}` : text,
  };
  if (at.index !== undefined) located.index = at.index;
  const id = featureIdText(at.id);
  if (id !== undefined) located.id = id;
  return located;
}

/** A feature id as text, only when it is one a reader can use (string or finite number). */
export function featureIdText(id: unknown): string | undefined {
  if (typeof id === 'string') return id.length > 80 ? `${id.slice(0, 80)}…` : id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}
