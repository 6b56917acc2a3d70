// Line width for a trade flow: a square-root scale, so a flow four times larger is drawn
// twice as wide (width reads like an area), from MIN to MAX pixels. Pure; the legend shows
// the same ticks the map uses.

export const MIN_FLOW_WIDTH = 1.5;
export const MAX_FLOW_WIDTH = 10;

/** Width in CSS pixels for `value` when the largest flow is `maxValue`. */
export function flowWidth(value: number, maxValue: number): number {
  if (!(value > 0) || !(maxValue > 0)) return MIN_FLOW_WIDTH;
  const share = Math.sqrt(Math.min(value, maxValue) / maxValue);
  return Math.round((MIN_FLOW_WIDTH + share * (MAX_FLOW_WIDTH - MIN_FLOW_WIDTH)) * 10) / 10;
}

export interface FlowTick {
  value: number;
  width: number;
}

/** Up to three round values (1, 2 or 5 × 10^n) at or below `maxValue`, with their widths. */
export function flowTicks(maxValue: number): FlowTick[] {
  if (!(maxValue > 0)) return [];
  const values = new Set<number>();
  for (const fraction of [1, 0.25, 1 / 25]) {
    const nice = niceFloor(maxValue * fraction);
    if (nice > 0) values.add(nice);
  }
  return [...values]
    .sort((a, b) => a - b)
    .map((value) => ({ value, width: flowWidth(value, maxValue) }));
}

/** The largest 1, 2 or 5 × 10^n not above `value`. */
export function niceFloor(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const leading = value / power;
  const step = leading >= 5 ? 5 : leading >= 2 ? 2 : 1;
  return step * power;
}
