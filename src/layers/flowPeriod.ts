// Which trade flows the map draws. A pair of places often has a series (one flow per month
// or year); drawing them all would stack a dozen arcs on one lane. So:
// - with a period chosen (YYYY or YYYY-MM), exactly the flows of that period are drawn;
//   a year never sums its months (a partial sum would be a figure nobody published);
// - with no period chosen, each lane shows its latest visible flow, months before years:
//   the story's news is usually a month ("eight times June last year"), and the yearly
//   totals are one click away in the period choice.
// Pure; `visible` comes from the filters (null = all).
import type { FlowFeature } from '../story/types.ts';
import { laneKey } from './arcPlan.ts';

export type Granularity = 'month' | 'year';

export function granularity(period: string): Granularity {
  return /^\d{4}-\d{2}$/.test(period) ? 'month' : 'year';
}

/** Ids of the flows to draw. */
export function pickFlows(
  flows: readonly FlowFeature[],
  period: string | null,
  visible: ReadonlySet<string> | null,
): Set<string> {
  const candidates = flows.filter((f) => visible === null || visible.has(f.properties.id));
  if (period !== null)
    return new Set(
      candidates.filter((f) => f.properties.period === period).map((f) => f.properties.id),
    );
  const best = new Map<string, FlowFeature>();
  for (const flow of candidates) {
    const key = laneKey(flow);
    const current = best.get(key);
    if (!current || preferred(flow.properties.period, current.properties.period))
      best.set(key, flow);
  }
  return new Set([...best.values()].map((f) => f.properties.id));
}

function preferred(period: string, than: string): boolean {
  const a = granularity(period);
  const b = granularity(than);
  if (a !== b) return a === 'month';
  return period > than;
}

/** The largest value per granularity: a month is scaled against months, a year against years. */
export function flowMaxima(flows: readonly FlowFeature[]): Record<Granularity, number> {
  const max: Record<Granularity, number> = { month: 0, year: 0 };
  for (const f of flows) {
    const g = granularity(f.properties.period);
    if (Number.isFinite(f.properties.value)) max[g] = Math.max(max[g], f.properties.value);
  }
  return max;
}
