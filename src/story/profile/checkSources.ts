// Every fact carries its sources: where it was said, by whom, when.

import { isHttpUrl, isPartialDate } from '../formats.ts';
import { describeValue, type ProblemList, type Where } from '../problem.ts';
import { isObject } from '../geojson/checkGeometry.ts';

/** Checks `sources`; required (non-empty) for everything but places. */
export function checkSources(
  props: Record<string, unknown>,
  required: boolean,
  list: ProblemList,
  where: Where,
): void {
  const sources = props.sources;
  if (sources === undefined || sources === null) {
    if (required)
      list.error(where, 'sources', 'sources is required: at least one {url, publisher, date}');
    return;
  }
  if (!Array.isArray(sources)) {
    list.error(
      where,
      'sources',
      `sources must be an array of {url, publisher, date}, got ${describeValue(sources)}`,
    );
    return;
  }
  if (required && sources.length === 0) {
    list.error(where, 'sources', 'sources must list at least one source');
  }
  sources.forEach((source, i) => checkSource(source, `sources[${i}].`, list, where));
}

/** One source; `prefix` names it in messages ("sources[0]." in GeoJSON, "" in sources.csv). */
export function checkSource(
  source: unknown,
  prefix: string,
  list: ProblemList,
  where: Where,
): void {
  if (!isObject(source)) {
    const field = prefix.replace(/\.$/, '');
    list.error(
      where,
      field,
      `${field} must be an object {url, publisher, date}, got ${describeValue(source)}`,
    );
    return;
  }
  const { url, publisher, date, title } = source;
  if (url === undefined || url === '')
    list.error(where, `${prefix}url`, `${prefix}url is required`);
  else if (!isHttpUrl(url))
    list.error(
      where,
      `${prefix}url`,
      `${prefix}url must be an http(s) URL, got ${describeValue(url)}`,
    );
  if (typeof publisher !== 'string' || publisher.trim() === '') {
    list.error(where, `${prefix}publisher`, `${prefix}publisher is required`);
  }
  if (date === undefined || date === '')
    list.error(where, `${prefix}date`, `${prefix}date is required`);
  else if (!isPartialDate(date)) {
    list.error(
      where,
      `${prefix}date`,
      `${prefix}date must be a date YYYY, YYYY-MM or YYYY-MM-DD, got ${describeValue(date)}`,
    );
  }
  if (title !== undefined && typeof title !== 'string') {
    list.error(
      where,
      `${prefix}title`,
      `${prefix}title must be a string, got ${describeValue(title)}`,
    );
  }
}
