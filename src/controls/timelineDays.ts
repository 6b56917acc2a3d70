// The days of the story's period, for the timeline's slider. Pure.
import { nextDay } from '../state/dateSpans.ts';

/** Every day from `from` to `to` inclusive (capped, so a decades-long period can't hang the page). */
export function daysBetween(from: string, to: string, cap = 4000): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < cap; day = nextDay(day)) days.push(day);
  return days;
}

/** The slider position for a date: clamped into the days; null ("all dates") is the end. */
export function dayIndex(days: readonly string[], date: string | null): number {
  if (days.length === 0) return 0;
  if (date === null) return days.length - 1;
  if (date <= days[0]!) return 0;
  const index = days.findIndex((day) => day >= date);
  return index === -1 ? days.length - 1 : index;
}
