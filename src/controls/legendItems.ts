// What the legend shows, derived from the visible features only: the statuses, the actors'
// colours, the flow-width scale, and whether lines are geodesic or schematic. Pure.
import { arcKind, type ArcKind } from '../layers/arcPlan.ts';
import { flowMaxima, granularity, type Granularity } from '../layers/flowPeriod.ts';
import { flowTicks, type FlowTick } from '../layers/flowScale.ts';
import { placeIndex } from '../state/featureActors.ts';
import { STATUSES, type FlowFeature, type Status, type TripointFeature } from '../story/types.ts';

export interface FlowScale {
  granularity: Granularity;
  unit: string;
  ticks: FlowTick[];
}

export interface LegendItems {
  statuses: Status[];
  /** Travelling or exporting countries, in first-seen order. */
  actors: string[];
  flowScales: FlowScale[];
  arcKinds: ArcKind[];
  events: boolean;
  claims: boolean;
}

export function legendItems(
  visible: readonly TripointFeature[],
  all: readonly TripointFeature[],
): LegendItems {
  const places = placeIndex(all);
  const statuses = new Set<Status>();
  const actors: string[] = [];
  const kinds = new Set<ArcKind>();
  const granularities = new Map<Granularity, string>();
  let events = false;
  let claims = false;
  for (const feature of visible) {
    const p = feature.properties;
    if (p.kind !== 'place' && p.status && STATUSES.includes(p.status)) statuses.add(p.status);
    if (p.kind === 'movement' || p.kind === 'flow') {
      const actor =
        p.kind === 'flow' ? (p.actor ?? places.get(p.from)?.properties.country) : p.actor;
      if (actor && !actors.includes(actor)) actors.push(actor);
    }
    if (p.kind === 'movement' || p.kind === 'flow' || p.kind === 'claim') {
      if (feature.geometry || ('from' in p && p.from)) kinds.add(arcKind(feature, all));
    }
    if (p.kind === 'flow' && !granularities.has(granularity(p.period)))
      granularities.set(granularity(p.period), p.unit);
    events ||= p.kind === 'event';
    claims ||= p.kind === 'claim';
  }
  // The width scale is the map's: maxima over every flow of the story, per granularity.
  const maxima = flowMaxima(all.filter((f): f is FlowFeature => f.properties.kind === 'flow'));
  const flowScales = [...granularities].map(([g, unit]) => ({
    granularity: g,
    unit,
    ticks: flowTicks(maxima[g]),
  }));
  return {
    statuses: STATUSES.filter((s) => statuses.has(s)),
    actors,
    flowScales,
    arcKinds: (['geodesic', 'schematic'] as const).filter((k) => kinds.has(k)),
    events,
    claims,
  };
}
