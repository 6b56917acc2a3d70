// The small formats the profile relies on: dates, periods, country codes, URLs.

/** YYYY-MM-DD that exists on the calendar (2023-02-30 does not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A flow's period: YYYY or YYYY-MM. */
export function isPeriod(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (/^\d{4}$/.test(value)) return true;
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** A date as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialDate(value: unknown): value is string {
  return isPeriod(value) || isIsoDate(value);
}

/** Shape of an ISO 3166-1 alpha-3 code; we do not keep the list of assigned codes. */
export function isAlpha3(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Story and feature ids: letters, digits, `-`, `_`, `.`; safe in URLs and file names. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value);
}
