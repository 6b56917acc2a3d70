// When the fast arc renderer replaces the normal layers: above this many flows (or movements),
// per-feature Leaflet layers (and per-feature Turf arcs) cost seconds and hundreds of MB. The one
// threshold for the map (StoryMap), the loader (no derived arcs) and arc planning. Each kind is
// judged on its own count: a story of 50,000 flows keeps its three delegation trips fanned.
export const FAST_PATH_THRESHOLD = 2000;

/** The arc kinds the fast renderer can draw. */
export const FAST_KINDS = ['flow', 'movement'] as const;
export type FastKind = (typeof FAST_KINDS)[number];

/** True when the arcs (of one kind) are numerous enough for src/scale. Pure. */
export function usesFastPath(features: readonly unknown[]): boolean {
  return features.length > FAST_PATH_THRESHOLD;
}

/** The arc kinds among `kinds` (one entry per feature) that the fast renderer draws. Pure. */
export function fastKinds(kinds: Iterable<unknown>): Set<FastKind> {
  const counts = new Map<FastKind, number>();
  for (const kind of kinds) {
    if ((FAST_KINDS as readonly unknown[]).includes(kind))
      counts.set(kind as FastKind, (counts.get(kind as FastKind) ?? 0) + 1);
  }
  return new Set(FAST_KINDS.filter((kind) => (counts.get(kind) ?? 0) > FAST_PATH_THRESHOLD));
}
