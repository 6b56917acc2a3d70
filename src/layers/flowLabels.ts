// Which drawn flows carry a value label. A story's few dozen flows all do. Past MAX_FLOW_LABELS
// (a customs series of hundreds of lanes), only the most telling ones: the declutter would hide
// most labels anyway, but only after creating and measuring every one of them (at 1,000 flows
// that layout work was most of the page's load). Every flow's figure stays in its details and
// in the table. Pure.
import type { FlowFeature } from '../story/types.ts';
import { flowMaxima, granularity } from './flowPeriod.ts';

export const MAX_FLOW_LABELS = 100;

/** How many times larger or smaller than before (1 = no change known). */
export function changeFactor(flow: FlowFeature['properties']): number {
  const ratio = flow.change?.ratio;
  if (ratio === undefined || !Number.isFinite(ratio) || ratio <= 0) return 1;
  return Math.max(ratio, 1 / ratio);
}

/**
 * Ids of the drawn flows that keep a label; null = all of them. Ranked as the declutter ranks
 * labels: the largest change first (a story's headline), then the largest value for its
 * granularity (what the arc's width shows), then id, so the choice never flickers.
 */
export function labelledFlows(
  flows: readonly FlowFeature[],
  drawn: ReadonlySet<string>,
  limit = MAX_FLOW_LABELS,
): Set<string> | null {
  if (drawn.size <= limit) return null;
  const max = flowMaxima(flows);
  const ranked = flows
    .filter((f) => drawn.has(f.properties.id))
    .map((f) => {
      const p = f.properties;
      const top = max[granularity(p.period)];
      const share = Number.isFinite(p.value) && top > 0 ? p.value / top : 0;
      return { id: p.id, factor: changeFactor(p), share };
    });
  ranked.sort(
    (a, b) => b.factor - a.factor || b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return new Set(ranked.slice(0, limit).map((r) => r.id));
}
