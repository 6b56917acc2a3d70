// Where every arc of a story is drawn: endpoints from the places, a bend chosen by fanArcs
// for the whole story at once (so filtering never moves an arc), the bent line, the heading
// at its end for the arrowhead, and its midpoint for a label. Pure.
import type { Position } from 'geojson';
import { bowedArc, endHeading } from '../geometry/bowedArc.ts';
import { fanArcs, type ArcEnds } from '../geometry/fanArcs.ts';
import { fastKinds } from '../scale/fastPath.ts';
import type { TripointFeature } from '../story/types.ts';

export type ArcKind = 'geodesic' | 'schematic';

export interface ArcPlan {
  /** Continuous line (longitudes may leave ±180). */
  line: Position[];
  /** Degrees bent off the great circle, to the right of travel; 0 = geodesic. */
  deflection: number;
  kind: ArcKind;
  /** Compass bearing of travel where the arc ends. */
  heading: number;
  /** The point halfway along the drawn line. */
  middle: Position;
}

type ArcFeature = TripointFeature & { properties: { from?: string; to?: string } };

/**
 * The flows of one series (else: of one pair and actor) share a lane: a monthly series is
 * drawn one period at a time, in the same place. Every movement and claim is its own lane.
 */
export function laneKey(feature: TripointFeature): string {
  const p = feature.properties as ArcFeature['properties'] & { actor?: string; series?: string };
  if (p.kind !== 'flow') return `${p.kind}:${p.id}`;
  return p.series ? `series:${p.series}` : `flow:${p.from}>${p.to}:${p.actor ?? ''}`;
}

/** The two ends of an arc-like feature: its places, else its geometry's first and last point. */
export function arcEnds(
  feature: TripointFeature,
  places: ReadonlyMap<string, Position>,
): [Position, Position] | null {
  const p = feature.properties as ArcFeature['properties'] | null;
  if (!p) return null;
  if (p.kind !== 'movement' && p.kind !== 'flow' && p.kind !== 'claim') return null;
  const from = p.from ? places.get(p.from) : undefined;
  const to = p.to ? places.get(p.to) : undefined;
  if (from && to) return [from, to];
  const g = feature.geometry;
  if (g?.type === 'LineString' && g.coordinates.length >= 2)
    return [g.coordinates[0]!, g.coordinates[g.coordinates.length - 1]!];
  if (g?.type === 'MultiLineString' && g.coordinates.length > 0) {
    const last = g.coordinates[g.coordinates.length - 1]!;
    return [g.coordinates[0]![0]!, last[last.length - 1]!];
  }
  return null;
}

export function placePositions(features: readonly TripointFeature[]): Map<string, Position> {
  const positions = new Map<string, Position>();
  for (const f of features) {
    if (f.properties?.kind === 'place' && f.geometry?.type === 'Point')
      positions.set(f.properties.id, f.geometry.coordinates);
  }
  return positions;
}

/** Plans every movement, flow and claim between two points; the result is keyed by feature id. */
export function planArcs(features: readonly TripointFeature[]): Map<string, ArcPlan> {
  const places = placePositions(features);
  const lanes = new Map<string, ArcEnds>();
  const laneOf = new Map<string, string>();
  for (const feature of features) {
    const ends = arcEnds(feature, places);
    if (!ends) continue;
    const key = laneKey(feature);
    laneOf.set(feature.properties.id, key);
    if (!lanes.has(key)) lanes.set(key, { id: key, from: ends[0], to: ends[1] });
  }
  const deflections = fanArcs([...lanes.values()]);
  const byLane = new Map<string, ArcPlan>();
  for (const [key, ends] of lanes) {
    const deflection = deflections.get(key) ?? 0;
    const line = bowedArc(ends.from, ends.to, deflection);
    byLane.set(key, {
      line,
      deflection,
      kind: deflection === 0 ? 'geodesic' : 'schematic',
      heading: endHeading(line),
      middle: line[Math.floor(line.length / 2)]!,
    });
  }
  const plans = new Map<string, ArcPlan>();
  for (const [id, key] of laneOf) plans.set(id, byLane.get(key)!);
  return plans;
}

const planCache = new WeakMap<readonly TripointFeature[], Map<string, ArcPlan>>();

/** planArcs, computed once per features array. */
export function cachedPlans(features: readonly TripointFeature[]): Map<string, ArcPlan> {
  let plans = planCache.get(features);
  if (!plans) {
    plans = planArcs(features);
    planCache.set(features, plans);
  }
  return plans;
}

const drawnCache = new WeakMap<readonly TripointFeature[], Map<string, ArcPlan>>();

/**
 * The plans of the arcs the map draws as Leaflet layers: above the fast-path threshold a
 * kind's arcs (flows, movements) go to the canvas renderer (plain great circles, no fan-out),
 * so only the rest is planned — fanning 50k flows took seconds. Once per features array.
 */
export function drawnPlans(features: readonly TripointFeature[]): Map<string, ArcPlan> {
  let plans = drawnCache.get(features);
  if (!plans) {
    const fast: ReadonlySet<unknown> = fastKinds(features.map((f) => f.properties?.kind));
    plans =
      fast.size > 0
        ? cachedPlans(features.filter((f) => !fast.has(f.properties?.kind)))
        : cachedPlans(features);
    drawnCache.set(features, plans);
  }
  return plans;
}

/**
 * Whether the map draws this feature's line as its great circle ('geodesic') or bent for
 * legibility ('schematic'). Pass the story's features: bends depend on the other arcs.
 */
export function arcKind(
  feature: TripointFeature,
  features: readonly TripointFeature[] = [feature],
): ArcKind {
  return drawnPlans(features).get(feature.properties.id)?.kind ?? 'geodesic';
}
