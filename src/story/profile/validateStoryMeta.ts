// A story's metadata (story.json, or the `tripoint.story` member of a story file).

import { isObject } from '../geojson/checkGeometry.ts';
import { isPeriod, isSlug } from '../formats.ts';
import { describeValue, ProblemList, type Problem, type Where } from '../problem.ts';
import * as field from './fieldChecks.ts';

/** `prefix` names the object in messages: "" for story.json, "tripoint.story." in GeoJSON. */
export function validateStoryMeta(meta: unknown, file: string, prefix = ''): Problem[] {
  const list = new ProblemList();
  const where: Where = { file };
  if (!isObject(meta)) {
    const name = prefix.replace(/\.$/, '') || '(root)';
    list.error(
      where,
      name,
      `${name} must be an object with the story's id, title, dek, languages, bounds, period, credits and actors`,
    );
    return list.items;
  }
  const context = { props: meta, list, where, prefix };
  const id = field.text(context, 'id', true);
  if (id && !isSlug(id))
    list.error(
      where,
      `${prefix}id`,
      `${prefix}id must use only letters, digits, ".", "_" and "-", got ${describeValue(id)}`,
    );
  for (const name of ['title', 'dek', 'credits'])
    checkLocalized(meta[name], `${prefix}${name}`, list, where);
  field.textList(context, 'languages', true, {
    test: (value) => typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value),
    expected: 'a language tag like "en" or "id"',
  });
  checkBounds(meta.bounds, `${prefix}bounds`, list, where);
  checkPeriod(meta.period, `${prefix}period`, list, where);
  field.textList(context, 'actors', true, field.ALPHA3_ITEM);
  const tradePeriod = meta.tradePeriod;
  if (tradePeriod !== undefined && (typeof tradePeriod !== 'string' || !isPeriod(tradePeriod)))
    list.error(
      where,
      `${prefix}tradePeriod`,
      `${prefix}tradePeriod must be a period YYYY or YYYY-MM, got ${describeValue(tradePeriod)}`,
    );
  return list.items;
}

function checkLocalized(value: unknown, name: string, list: ProblemList, where: Where): void {
  if (!isObject(value) || typeof value.en !== 'string' || value.en.trim() === '') {
    list.error(
      where,
      name,
      `${name} must be an object of texts by language with at least "en", got ${describeValue(value)}`,
    );
    return;
  }
  for (const [language, text] of Object.entries(value)) {
    if (typeof text !== 'string')
      list.error(
        where,
        `${name}.${language}`,
        `${name}.${language} must be a string, got ${describeValue(text)}`,
      );
  }
}

function checkBounds(value: unknown, name: string, list: ProblemList, where: Where): void {
  const numbers =
    Array.isArray(value) &&
    value.length === 4 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!numbers) {
    list.error(
      where,
      name,
      `${name} must be [south, west, north, east] in degrees, got ${describeValue(value)}`,
    );
    return;
  }
  const [south, west, north, east] = value as number[];
  if (
    [south!, north!].some((lat) => Math.abs(lat) > 90) ||
    [west!, east!].some((lon) => Math.abs(lon) > 180)
  ) {
    list.error(
      where,
      name,
      `${name} is out of range: [south, west, north, east] with latitudes in [-90, 90], longitudes in [-180, 180]`,
    );
  } else if (south! >= north!) {
    list.error(
      where,
      name,
      `${name}: south ${south} must be less than north ${north} (the order is [south, west, north, east])`,
    );
  }
}

function checkPeriod(value: unknown, name: string, list: ProblemList, where: Where): void {
  if (!isObject(value)) {
    list.error(
      where,
      name,
      `${name} must be {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}, got ${describeValue(value)}`,
    );
    return;
  }
  const context = { props: value, list, where, prefix: `${name}.` };
  const from = field.date(context, 'from', true);
  const to = field.date(context, 'to', true);
  if (from && to && to < from)
    list.error(where, `${name}.to`, `${name}.to ${to} is before ${name}.from ${from}`);
}
