// When the fast arc renderer replaces the normal layers: above this many arcs, per-feature
// Leaflet layers (and per-feature Turf arcs) cost seconds and hundreds of MB.
export const FAST_PATH_THRESHOLD = 2000;

/** True when the arcs (movements and flows) are numerous enough for src/scale. Pure. */
export function usesFastPath(features: readonly unknown[]): boolean {
  return features.length > FAST_PATH_THRESHOLD;
}
