// One-line "when" and "who" of a feature, for the table and the details. Pure.
import { formatDate, formatDateRange, formatPeriod } from '../i18n/format.ts';
import { countryName } from '../i18n/countryName.ts';
import type { Lang } from '../state/appState.ts';
import type { PlaceIndex } from '../state/featureActors.ts';
import type { TripointFeature } from '../story/types.ts';

export function featureWhen(feature: TripointFeature, lang: Lang): string {
  const p = feature.properties;
  switch (p.kind) {
    case 'movement':
      return formatDateRange(p.start, p.end, lang);
    case 'flow':
      return formatPeriod(p.period, lang);
    case 'event':
      return formatDate(p.date, lang);
    case 'claim':
      return p.date ? formatDate(p.date, lang) : '';
    default:
      return '';
  }
}

/** A place id as the place's name (ids are for machines). */
export function placeName(id: string | undefined, places: PlaceIndex): string {
  if (!id) return '';
  return places.get(id)?.properties.name ?? id;
}

export function featureWho(feature: TripointFeature, places: PlaceIndex, lang: Lang): string {
  const p = feature.properties;
  const country = (code: string | undefined) => (code ? countryName(code, lang) : '');
  switch (p.kind) {
    case 'movement':
      return country(p.actor);
    case 'flow': {
      const from = country(p.actor ?? places.get(p.from)?.properties.country);
      const to = country(places.get(p.to)?.properties.country);
      return from && to ? `${from} → ${to}` : from || to;
    }
    case 'event':
      return country(p.actor ?? places.get(p.place)?.properties.country);
    case 'claim':
      return country(p.claimant);
    case 'place':
      return country(p.country);
    default:
      return '';
  }
}
