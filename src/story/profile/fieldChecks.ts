// Field-level checks shared by every kind. Each reports a message that starts with the
// field's name and returns the value when it is usable, so callers can go on checking.

import { isAlpha3, isIsoDate, isPartialDate, isPeriod } from '../formats.ts';
import { describeValue, type ProblemList, type Where } from '../problem.ts';

export interface FieldContext {
  props: Record<string, unknown>;
  list: ProblemList;
  where: Where;
  /** Prefix for nested fields, e.g. "change." */
  prefix?: string;
}

function name(context: FieldContext, field: string): string {
  return `${context.prefix ?? ''}${field}`;
}

function fail(context: FieldContext, field: string, expected: string): undefined {
  const full = name(context, field);
  context.list.error(
    context.where,
    full,
    `${full} must be ${expected}, got ${describeValue(context.props[field])}`,
  );
  return undefined;
}

function missing(context: FieldContext, field: string): undefined {
  const full = name(context, field);
  context.list.error(context.where, full, `${full} is required`);
  return undefined;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

type Checker<T> = (context: FieldContext, field: string, required: boolean) => T | undefined;

/** Builds a checker from a test and the words that describe what passes it. */
function checker<T>(test: (value: unknown) => boolean, expected: string): Checker<T> {
  return (context, field, required) => {
    const value = context.props[field];
    if (isAbsent(value)) return required ? missing(context, field) : undefined;
    return test(value) ? (value as T) : fail(context, field, expected);
  };
}

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

export const text = checker<string>(isText, 'a non-empty string');
export const date = checker<string>(isIsoDate, 'a date YYYY-MM-DD');
export const partialDate = checker<string>(isPartialDate, 'a date YYYY, YYYY-MM or YYYY-MM-DD');
export const period = checker<string>(isPeriod, 'a period YYYY or YYYY-MM');
export const alpha3 = checker<string>(isAlpha3, 'an ISO 3166-1 alpha-3 code like "PRK"');
export const boolean = checker<boolean>((value) => typeof value === 'boolean', 'true or false');
export const number = checker<number>(
  (value) => typeof value === 'number' && Number.isFinite(value),
  'a number',
);

export function oneOf<T extends string | number>(
  context: FieldContext,
  field: string,
  allowed: readonly T[],
  required: boolean,
): T | undefined {
  const value = context.props[field];
  if (isAbsent(value)) return required ? missing(context, field) : undefined;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  return fail(context, field, `one of ${allowed.join(', ')}`);
}

/** An array of non-empty strings, each optionally tested (e.g. alpha-3 codes). */
export function textList(
  context: FieldContext,
  field: string,
  required: boolean,
  item: { test: (value: unknown) => boolean; expected: string } = {
    test: isText,
    expected: 'a non-empty string',
  },
): string[] | undefined {
  const value = context.props[field];
  if (value === undefined || value === null) return required ? missing(context, field) : undefined;
  if (!Array.isArray(value)) return fail(context, field, 'an array');
  let ok = true;
  value.forEach((entry, i) => {
    if (item.test(entry)) return;
    ok = false;
    const full = `${name(context, field)}[${i}]`;
    context.list.error(
      context.where,
      full,
      `${full} must be ${item.expected}, got ${describeValue(entry)}`,
    );
  });
  return ok ? (value as string[]) : undefined;
}

export const ALPHA3_ITEM = { test: isAlpha3, expected: 'an ISO 3166-1 alpha-3 code like "PRK"' };
