// Room kept around the fitted features in the report's map. Labels and event chips hang
// below and beside their points (the events layer stacks chips downwards), so a fit on the
// points alone would cut them at the map's edge. Pure.
import type { TripointFeature } from '../story/types.ts';
import type { Padding } from './fitView.ts';
import type { Size } from './useElementSize.ts';

/** A chip's height plus the gap between stacked chips, and the drop below its point (CSS px). */
const CHIP_STEP = 24;
/** The most chips a stack shows (see stackLimit in geometry/stackMarkers.ts). */
const STACK_MAX = 5;
const CHIP_DROP = 16;

/** How many event chips stack at the busiest spot (events within about a degree of each other). */
export function deepestEventStack(features: readonly TripointFeature[]): number {
  const positions = new Map<string, [number, number]>();
  for (const f of features) {
    if (f.properties.kind === 'place' && f.geometry?.type === 'Point') {
      positions.set(f.properties.id, [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!]);
    }
  }
  const counts = new Map<string, number>();
  let deepest = 0;
  for (const f of features) {
    if (f.properties.kind !== 'event') continue;
    const at =
      f.geometry?.type === 'Point' ? f.geometry.coordinates : positions.get(f.properties.place);
    if (!at) continue;
    const key = `${Math.round(at[0]!)},${Math.round(at[1]!)}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    deepest = Math.max(deepest, count);
  }
  return deepest;
}

export function reportPadding(size: Size, features: readonly TripointFeature[]): Padding {
  const base = Math.round(Math.min(size.width, size.height) * 0.07);
  const stack = deepestEventStack(features);
  // The events layer shows at most STACK_MAX chips per stack; never give them more than a
  // quarter of the map, so the map stays a map.
  const below =
    stack > 0 ? Math.min(CHIP_DROP + Math.min(stack, STACK_MAX) * CHIP_STEP, size.height / 4) : 0;
  // Place labels sit to the right of their points.
  return { top: base, right: base + 60, bottom: Math.max(base, below + 8), left: base };
}
