// What the filters can offer for a story: its actors, its trade periods, its date extent.
// Pure; derived from the features so a new story needs no code.
import type { StoryCollection, TripointFeature } from '../story/types.ts';
import { featureActors, placeIndex } from './featureActors.ts';
import { dateSpan } from './dateSpans.ts';

export interface StoryFacets {
  /** ISO alpha-3 actors: the story's own list first, then any others the features name. */
  actors: string[];
  /** Trade periods, years first then months, each ascending. */
  periods: string[];
  /** The timeline's span: the story's default period, else the features' dates. */
  period: { from: string; to: string } | null;
  /**
   * The days within the period on which something starts (a trip, an event, a trade
   * period, a claim), ascending: the days on which the story "as of" a date changes.
   */
  steps: string[];
}

function featureDates(feature: TripointFeature): string[] {
  const p = feature.properties;
  switch (p.kind) {
    case 'movement':
      return [p.start, p.end];
    case 'event':
      return [p.date];
    case 'claim':
      return p.date ? [p.date] : [];
    case 'flow':
      return [p.period];
    default:
      return [];
  }
}

export function storyFacets(story: StoryCollection | null): StoryFacets {
  const features = story?.features ?? [];
  const places = placeIndex(features);
  const actors = [...(story?.tripoint?.story.actors ?? [])];
  const periods = new Set<string>();
  const days: string[] = [];
  for (const feature of features) {
    for (const actor of featureActors(feature, places))
      if (!actors.includes(actor)) actors.push(actor);
    const p = feature.properties;
    if (p.kind === 'flow' && dateSpan(p.period)) periods.add(p.period);
    for (const date of featureDates(feature)) {
      const span = dateSpan(date);
      if (span) days.push(span.start, span.end);
    }
  }
  days.sort();
  const first = days[0];
  const last = days[days.length - 1];
  const period =
    story?.tripoint?.story.period ?? (first && last ? { from: first, to: last } : null);
  const sorted = [...periods].sort((a, b) => a.length - b.length || a.localeCompare(b));
  // A feature enters the story "as of" a date on its first day.
  const starts = new Set<string>();
  for (const feature of features) {
    const date = featureDates(feature)[0];
    const start = date ? dateSpan(date)?.start : undefined;
    if (start && period && start >= period.from && start <= period.to) starts.add(start);
  }
  return { actors, periods: sorted, period, steps: [...starts].sort() };
}
