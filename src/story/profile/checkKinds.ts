// What each kind of Tripoint feature must carry (docs/profile.md explains it for people).
// References to places and geometry types are checked in validateProfile, which sees
// the whole collection.

import { isObject } from '../geojson/checkGeometry.ts';
import { STATUSES, type Kind } from '../types.ts';
import { checkSources } from './checkSources.ts';
import * as field from './fieldChecks.ts';
import type { FieldContext } from './fieldChecks.ts';

export function checkCommon(context: FieldContext, kind: Kind): void {
  field.text(context, 'id', true);
  field.text(context, 'name', true);
  field.oneOf(context, 'status', STATUSES, kind !== 'place');
  checkSources(context.props, kind !== 'place', context.list, context.where);
  if (context.props.note !== undefined && typeof context.props.note !== 'string') {
    context.list.error(context.where, 'note', 'note must be a string');
  }
}

export const KIND_CHECKS: Record<Kind, (context: FieldContext) => void> = {
  place(context) {
    field.alpha3(context, 'country', true);
    field.oneOf(context, 'rank', [1, 2, 3] as const, false);
    const { names, local } = context.props;
    if (
      names !== undefined &&
      (!isObject(names) || Object.values(names).some((n) => typeof n !== 'string'))
    ) {
      context.list.error(
        context.where,
        'names',
        'names must be an object of strings keyed by language, like {"ru": "Москва"}',
      );
    } else if (
      local !== undefined &&
      !(isObject(names) && typeof local === 'string' && local in names)
    ) {
      context.list.error(
        context.where,
        'local',
        `local must be one of the keys of names, got ${JSON.stringify(local)}`,
      );
    }
  },

  movement(context) {
    field.text(context, 'from', true);
    field.text(context, 'to', true);
    field.alpha3(context, 'actor', true);
    const start = field.date(context, 'start', true);
    const end = field.date(context, 'end', true);
    if (start && end && end < start) {
      context.list.error(context.where, 'end', `end ${end} is before start ${start}`);
    }
    const people = field.textList(context, 'people', true);
    if (people && people.length === 0) {
      context.list.warning(
        context.where,
        'people',
        'people is empty: name at least the head of the delegation',
      );
    }
  },

  flow(context) {
    field.text(context, 'from', true);
    field.text(context, 'to', true);
    field.alpha3(context, 'actor', false);
    field.period(context, 'period', true);
    const value = field.number(context, 'value', true);
    if (value !== undefined && value < 0) {
      context.list.error(context.where, 'value', `value must not be negative, got ${value}`);
    } else if (value === 0) {
      context.list.warning(
        context.where,
        'value',
        'value is 0: is the figure really zero, or unknown (then leave the row out and say so in a note)?',
      );
    }
    field.text(context, 'unit', true);
    field.text(context, 'series', false);
    field.boolean(context, 'two_way', false);
    checkChange(context);
  },

  event(context) {
    field.partialDate(context, 'date', true);
    field.text(context, 'place', true);
    field.alpha3(context, 'actor', false);
  },

  claim(context) {
    field.text(context, 'claimant', true);
    field.textList(context, 'denied_by', true);
    field.partialDate(context, 'date', false);
    const { from, to, place } = context.props;
    const hasPair = from !== undefined || to !== undefined;
    if (hasPair) {
      field.text(context, 'from', true);
      field.text(context, 'to', true);
    } else if (place === undefined) {
      context.list.error(context.where, 'place', 'place is required when a claim has no from/to');
    } else {
      field.text(context, 'place', true);
    }
  },
};

function checkChange(context: FieldContext): void {
  const change = context.props.change;
  if (change === undefined) return;
  if (!isObject(change)) {
    context.list.error(context.where, 'change', 'change must be an object {ratio, against}');
    return;
  }
  const inner: FieldContext = { ...context, props: change, prefix: 'change.' };
  const ratio = field.number(inner, 'ratio', true);
  if (ratio !== undefined && ratio <= 0) {
    context.list.error(
      context.where,
      'change.ratio',
      `change.ratio must be greater than 0, got ${ratio}`,
    );
  }
  field.period(inner, 'against', true);
  field.oneOf(inner, 'basis', ['computed', 'stated'] as const, false);
}
