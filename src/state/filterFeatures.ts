// Which features the reader sees for a state: layers, actors, dates and trade period.
// Pure, so the map, the table, the legend, the count, the report and the embed all agree.
//
// Decisions (each is what a reader following the story expects):
// - layers: a feature shows only when its kind's layer is on. Features of no known kind
//   (a plain GeoJSON file's "Other" layer) have no toggle and always show.
// - actors: see featureActors.ts (a flow belongs to its exporter; a claim to all its parties).
// - dates [from, to], either end open: movements whose [start, end] meets the range; events
//   and dated claims whose date is in it; flows whose period (a whole month or year) meets it.
//   Undated claims show only when no date is set: nothing says they belong to a given day.
// - period: flows of exactly that trade period ("2023" = the annual figure, not its months).
//   With no period chosen, each lane (same places, same exporter) shows its latest flow,
//   months before years, exactly as the map draws it (src/layers/flowPeriod.ts): the table
//   and the count list what the map shows, not a dozen stacked arcs.
// - places carry no date: with the place layer on they show when no actor is chosen, when
//   their country is chosen, or when a visible feature starts, ends or happens there.
import { pickFlows } from '../layers/flowPeriod.ts';
import { KINDS, type FlowFeature, type Kind, type TripointFeature } from '../story/types.ts';
import type { AppState } from './appState.ts';
import { dateSpan, overlaps, type DateSpan } from './dateSpans.ts';
import { featureActors, placeIndex, type PlaceIndex } from './featureActors.ts';

export type FilterState = Pick<AppState, 'layers' | 'actors' | 'from' | 'to' | 'period'>;

export interface FilterResult {
  /** Ids of the features shown. */
  ids: ReadonlySet<string>;
  /** The features shown, in the data's order. */
  visible: TripointFeature[];
  shown: number;
  total: number;
}

function isKnownKind(kind: unknown): kind is Kind {
  return (KINDS as readonly unknown[]).includes(kind);
}

function featureSpan(feature: TripointFeature): DateSpan | null | 'undated' {
  const p = feature.properties;
  switch (p.kind) {
    case 'movement': {
      const start = dateSpan(p.start);
      const end = dateSpan(p.end);
      return start && end ? { start: start.start, end: end.end } : null;
    }
    case 'flow':
      return dateSpan(p.period);
    case 'event':
      return dateSpan(p.date);
    case 'claim':
      return p.date ? dateSpan(p.date) : 'undated';
    default:
      return 'undated';
  }
}

function inDates(feature: TripointFeature, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  const span = featureSpan(feature);
  return span !== 'undated' && span !== null && overlaps(span, from, to);
}

function placesReferenced(feature: TripointFeature): string[] {
  const p = feature.properties;
  switch (p.kind) {
    case 'movement':
    case 'flow':
      return [p.from, p.to];
    case 'event':
      return [p.place];
    case 'claim':
      return [p.from, p.to, p.place].filter((id): id is string => typeof id === 'string');
    default:
      return [];
  }
}

function passesNonPlace(feature: TripointFeature, state: FilterState, places: PlaceIndex): boolean {
  const kind = feature.properties.kind;
  if (!state.layers.includes(kind)) return false;
  if (
    state.actors &&
    !featureActors(feature, places).some((actor) => state.actors?.includes(actor))
  )
    return false;
  if (kind === 'flow' && state.period !== null && feature.properties.period !== state.period)
    return false;
  return inDates(feature, state.from, state.to);
}

export function filterFeatures(
  features: readonly TripointFeature[],
  state: FilterState,
): FilterResult {
  const places = placeIndex(features);
  const shownIds = new Set<string>();
  const flows: FlowFeature[] = [];
  for (const feature of features) {
    const props = feature.properties;
    if (!props || props.kind === 'place') continue;
    if (!isKnownKind(props.kind) || passesNonPlace(feature, state, places)) {
      if (props.kind === 'flow') flows.push(feature as FlowFeature);
      else shownIds.add(String(props.id));
    }
  }
  for (const id of pickFlows(flows, state.period, null)) shownIds.add(id);
  const referenced = new Set<string>();
  for (const feature of features) {
    if (shownIds.has(String(feature.properties?.id)))
      for (const id of placesReferenced(feature)) referenced.add(id);
  }
  if (state.layers.includes('place')) {
    for (const [id, place] of places) {
      if (!state.actors || state.actors.includes(place.properties.country) || referenced.has(id))
        shownIds.add(id);
    }
  }
  const visible = features.filter((feature) => shownIds.has(String(feature.properties?.id)));
  return { ids: shownIds, visible, shown: visible.length, total: features.length };
}
