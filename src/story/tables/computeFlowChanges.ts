// A flow row with change_against and no change_ratio gets its ratio computed from the
// table itself: value / value of the same series in the `against` period. The ratio
// then comes only from sourced figures, never from a number typed by hand.

import type { Feature, Geometry } from 'geojson';
import type { ProblemList, Where } from '../problem.ts';

export function computeFlowChanges(
  flows: { feature: Feature<Geometry | null>; where: Where }[],
  list: ProblemList,
): void {
  const byKey = new Map<string, number>();
  for (const { feature } of flows) {
    const { series, period, value } = feature.properties ?? {};
    if (typeof value === 'number') byKey.set(`${series}\u0000${period}`, value);
  }
  for (const { feature, where } of flows) {
    const props = feature.properties ?? {};
    const change = props.change as { ratio?: unknown; against?: unknown } | undefined;
    if (!change || change.ratio !== undefined) continue;
    const ratio = computedRatio(props, change.against, byKey, list, where);
    // Without a ratio there is no change to show; the reason has been reported.
    if (ratio === undefined) delete props.change;
    else props.change = { ratio, against: change.against, basis: 'computed' };
  }
}

function computedRatio(
  props: Record<string, unknown>,
  against: unknown,
  byKey: Map<string, number>,
  list: ProblemList,
  where: Where,
): number | undefined {
  if (typeof props.value !== 'number') return undefined; // the value's own problem
  if (props.series === undefined) {
    list.error(
      where,
      'change_against',
      'change_against needs a series, to know which flow to compare with (or give change_ratio as stated by a source)',
    );
    return undefined;
  }
  const base = byKey.get(`${props.series}\u0000${against}`);
  if (base !== undefined && base < 0) return undefined; // reported on its own row
  if (base === undefined || base === 0) {
    const why = base === 0 ? 'has value 0' : 'is not in the table';
    list.error(
      where,
      'change_against',
      `change_against: the flow of series "${props.series}" for ${String(against)} ${why}, so no ratio can be computed`,
    );
    return undefined;
  }
  return Math.round((props.value / base) * 100) / 100;
}
