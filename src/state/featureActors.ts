// Which countries a feature belongs to, for the actor filter. Pure.
//
// - movement: its `actor` (the travelling party).
// - flow: its exporter: `actor`, else the country of its `from` place. A flow is China's
//   when China sells; imports show under the exporting country. So `?actors=CHN` shows
//   China's exports, not what China bought. A two-way flow (total trade) is both ends'.
// - event: its `actor`, else the country of its place (the parade is North Korea's).
// - claim: every party: the claimant and whoever denies it.
// - place: its country.
import type { PlaceFeature, TripointFeature } from '../story/types.ts';

export type PlaceIndex = ReadonlyMap<string, PlaceFeature>;

export function placeIndex(features: readonly TripointFeature[]): PlaceIndex {
  const index = new Map<string, PlaceFeature>();
  for (const feature of features) {
    if (feature.properties?.kind === 'place')
      index.set(feature.properties.id, feature as PlaceFeature);
  }
  return index;
}

const ALPHA3 = /^[A-Z]{3}$/;

export function featureActors(feature: TripointFeature, places: PlaceIndex): string[] {
  const p = feature.properties;
  const countryOf = (placeId: string | undefined) =>
    placeId ? places.get(placeId)?.properties.country : undefined;
  let actors: (string | undefined)[];
  switch (p?.kind) {
    case 'movement':
      actors = [p.actor];
      break;
    case 'flow':
      // Total trade (both directions in one value) is both countries' flow.
      actors = p.two_way
        ? [p.actor, countryOf(p.from), countryOf(p.to)]
        : [p.actor ?? countryOf(p.from)];
      break;
    case 'event':
      actors = [p.actor ?? countryOf(p.place)];
      break;
    case 'claim':
      actors = [p.claimant, ...(p.denied_by ?? [])];
      break;
    case 'place':
      actors = [p.country];
      break;
    default:
      actors = [];
  }
  return actors.filter((actor): actor is string => typeof actor === 'string' && ALPHA3.test(actor));
}
