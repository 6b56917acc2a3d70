// Which features a report shows for the URL state: layers, actors, dates and trade period.
// A thin local stand-in until src/state/filterFeatures.ts (the panel's) lands; then this
// file should simply re-export it, so the report and the browse view never disagree.
import type { AppState } from '../state/appState.ts';
import type { TripointFeature } from '../story/types.ts';

type Filter = Pick<AppState, 'layers' | 'actors' | 'from' | 'to' | 'period'>;

function actorOf(feature: TripointFeature): string | null {
  const p = feature.properties;
  switch (p.kind) {
    case 'place':
      return p.country;
    case 'movement':
      return p.actor;
    case 'flow':
    case 'event':
      return p.actor ?? null;
    case 'claim':
      return p.claimant;
  }
}

/** [first, last] ISO day a feature is about, or null when undated. */
function datesOf(feature: TripointFeature): [string, string] | null {
  const p = feature.properties;
  if (p.kind === 'movement') return [p.start, p.end];
  if (p.kind === 'event') return [p.date, p.date];
  if (p.kind === 'claim' && p.date) return [p.date, p.date];
  return null;
}

export function visibleFeatures(
  features: readonly TripointFeature[],
  filter: Filter,
): TripointFeature[] {
  return features.filter((feature) => {
    const p = feature.properties;
    if (!filter.layers.includes(p.kind)) return false;
    // Places stay as the map's reference points whatever actors are chosen.
    const actor = actorOf(feature);
    if (filter.actors && p.kind !== 'place' && actor && !filter.actors.includes(actor))
      return false;
    const dates = datesOf(feature);
    if (dates && filter.from && dates[1] < filter.from) return false;
    if (dates && filter.to && dates[0] > filter.to) return false;
    if (
      p.kind === 'flow' &&
      filter.period &&
      !p.period.startsWith(filter.period) &&
      !filter.period.startsWith(p.period)
    )
      return false;
    return true;
  });
}
