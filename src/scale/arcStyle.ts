// Arc styles for the fast path, from the normal path's own vocabulary (src/layers/styles.ts:
// colour per actor, line style per status; src/layers/flowScale.ts: width by value), so both
// paths look alike. The only difference: widths snap to a few buckets, so that 50,000 arcs
// batch into a few hundred strokes (width × actor colour × status).
import type { Status } from '../story/types.ts';
import { actorColor, statusStyle, type MapTheme } from '../layers/styles.ts';
import { flowWidth, MAX_FLOW_WIDTH, MIN_FLOW_WIDTH } from '../layers/flowScale.ts';

export type ArcTheme = MapTheme;

/** Stroke widths in CSS pixels a fast-path arc may have. */
export const WIDTH_BUCKETS = [MIN_FLOW_WIDTH, 2, 3, 4.5, 6.5, 9, 11.5, MAX_FLOW_WIDTH] as const;
/** Movements are not scaled by value. */
export const MOVEMENT_WIDTH = 2.5;
export const WIDEST = Math.max(...WIDTH_BUCKETS, MOVEMENT_WIDTH);

/** The bucket nearest to the normal path's width for this flow value. */
export function flowWidthBucket(value: number | undefined, maxValue: number): number {
  const width = flowWidth(value ?? 0, maxValue);
  let best: number = WIDTH_BUCKETS[0];
  for (const bucket of WIDTH_BUCKETS)
    if (Math.abs(bucket - width) < Math.abs(best - width)) best = bucket;
  return best;
}

export function arcColour(actor: string, theme: ArcTheme): string {
  return actorColor(actor || undefined, theme);
}

/** Actors drawn in the same colour in every theme have the same group. */
export function colourGroup(actor: string): string {
  return `${arcColour(actor, 'light')}|${arcColour(actor, 'dark')}`;
}

export interface ArcStroke {
  opacity: number;
  dash: number[];
  lineCap: CanvasLineCap;
}

/** Opacity, dash (px) and cap for a status at a width, as the normal path draws them. */
export function arcStroke(status: Status, width: number): ArcStroke {
  const style = statusStyle(status);
  const unit = Math.max(width, 2);
  return {
    opacity: style.opacity,
    dash: style.dash.map((d) => Math.max(0.1, d * unit)),
    lineCap: style.lineCap,
  };
}
