// Calendar spans of the story's dates, as ISO strings (which sort like the dates they name).
// Pure. A trade period "2023" spans the whole year, "2023-06" the whole month.

export interface DateSpan {
  start: string;
  end: string;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a date at any precision covers: "2023" → whole year, "2023-06" → June, a day → itself. */
export function dateSpan(value: string): DateSpan | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { start: value, end: value };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const days = lastDayOfMonth(Number(month[1]), Number(month[2]));
    return { start: `${value}-01`, end: `${value}-${String(days).padStart(2, '0')}` };
  }
  if (/^\d{4}$/.test(value)) return { start: `${value}-01-01`, end: `${value}-12-31` };
  return null;
}

/** Whether a span meets the range [from, to]; a null bound is open. */
export function overlaps(span: DateSpan, from: string | null, to: string | null): boolean {
  return (from === null || span.end >= from) && (to === null || span.start <= to);
}

/** The next calendar day, for the timeline's day-by-day steps. */
export function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
