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
    if (feature.properties.kind === 'flow' && dateSpan(feature.properties.period))
      periods.add(feature.properties.period);
    for (const day of featureDates(feature)) if (dateSpan(day)) days.push(day);
  }
  days.sort();
  const first = days[0];
  const last = days[days.length - 1];
  const period =
    story?.tripoint?.story.period ?? (first && last ? { from: first, to: last } : null);
  const sorted = [...periods].sort((a, b) => a.length - b.length || a.localeCompare(b));
  return { actors, periods: sorted, period };
}
