// When the fast arc renderer replaces the normal layers: above this many flows, per-feature
// Leaflet layers (and per-feature Turf arcs) cost seconds and hundreds of MB. The one
// threshold for the map (StoryMap), the loader (no derived flow arcs) and arc planning.
export const FAST_PATH_THRESHOLD = 2000;

/** True when the arcs (a story's flows) are numerous enough for src/scale. Pure. */
export function usesFastPath(features: readonly unknown[]): boolean {
  return features.length > FAST_PATH_THRESHOLD;
}
