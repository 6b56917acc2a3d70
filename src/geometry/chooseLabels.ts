// Which map labels to show where they would collide: labels are taken in priority order
// (lower first, then input order); each takes the first tier of positions with a free one:
// its full box or its alternatives (e.g. left of its point), then its compact box (e.g. a
// flow's value and change), then its compact alternatives (a callout beside a short arc),
// else it is hidden. Within a tier, the position crossing the fewest "soft" obstacles (arcs
// drawn on the map) wins, so a label moves off the lines that would hide it. Obstacles
// (priority -1, e.g. event chips) always stay. Nothing is placed where the map's edge would
// cut it. Minor places are labelled only from a zoom. Pure, in pixels.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A small box along a drawn line; `owner` is the feature it belongs to (its label ignores it). */
export interface SoftObstacle extends Box {
  owner?: string;
}

export interface LabelCandidate {
  id: string;
  /**
   * -1 = obstacle, always there as it is (event chip, dot); 0 = always shown, in the first
   * free position (capitals); 1 … = less and less important, hidden when nothing is free.
   */
  priority: number;
  full: Box;
  compact?: Box;
  /** Where else the full label may go (e.g. left of its point), in order. */
  alternatives?: Box[];
  /** Where else the compact label may go (e.g. a callout off a short arc), in order. */
  compactAlternatives?: Box[];
  /** Shown only from this zoom. */
  minZoom?: number;
  /** Where a callout's leader line starts (e.g. the arc's middle): the line must be clear too. */
  anchor?: { x: number; y: number };
}

/** 'alt0', 'alt1'… and 'callout0'… name the alternative used. */
export type LabelFit = 'full' | 'compact' | 'hidden' | `alt${number}` | `callout${number}`;

/**
 * A story names a few dozen places; past this many (a gazetteer, a customs partner list) the
 * ordinary cities' names wait for a closer zoom, or a world view fills with them.
 */
export const FEW_PLACES = 50;

/**
 * The zoom from which a place label of this rank is shown. Capitals (rank 1) always; minor
 * places (3) from zoom 7; ordinary cities (2, the default) always in a story of few places —
 * a reader's own file rarely gives ranks, and its names are what the map is for — else from 4.
 */
export function labelMinZoom(rank: number, placeCount = 0): number {
  if (rank >= 3) return 7;
  if (rank === 2) return placeCount > FEW_PLACES ? 4 : 0;
  return 0;
}

export function overlaps(a: Box, b: Box, padding = 2): boolean {
  return (
    a.left < b.right + padding &&
    a.right + padding > b.left &&
    a.top < b.bottom + padding &&
    a.bottom + padding > b.top
  );
}

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

interface Position {
  box: Box;
  fit: LabelFit;
  /** What else the position covers: a callout's leader line. */
  extra?: Box[];
}

/** Small boxes along the leader from `anchor` to the centre of `box`, outside the box. */
export function leaderBoxes(anchor: { x: number; y: number }, box: Box, step = 6): Box[] {
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  const n = Math.ceil(Math.hypot(cx - anchor.x, cy - anchor.y) / step);
  const boxes: Box[] = [];
  for (let i = 0; i <= n; i++) {
    const x = anchor.x + ((cx - anchor.x) * i) / n;
    const y = anchor.y + ((cy - anchor.y) * i) / n;
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) break;
    boxes.push({ left: x - 1, top: y - 1, right: x + 1, bottom: y + 1 });
  }
  return boxes;
}

/** The candidate's positions, grouped in tiers tried one after the other. */
function tiers(candidate: LabelCandidate): Position[][] {
  const { full, compact, alternatives = [], compactAlternatives = [] } = candidate;
  return [
    [
      { box: full, fit: 'full' as LabelFit },
      ...alternatives.map((box, i) => ({ box, fit: `alt${i}` as LabelFit })),
    ],
    compact ? [{ box: compact, fit: 'compact' as LabelFit }] : [],
    compactAlternatives.map((box, i) => ({
      box,
      fit: `callout${i}` as LabelFit,
      extra: candidate.anchor ? leaderBoxes(candidate.anchor, box) : undefined,
    })),
  ];
}

/**
 * `bounds`: the map's box; a position outside it is not free (the label would be cut).
 * `soft`: lines to keep labels off where another free position exists.
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  zoom: number,
  bounds?: Box,
  soft: readonly SoftObstacle[] = [],
): Map<string, LabelFit> {
  const fits = new Map<string, LabelFit>();
  const taken: Box[] = [];
  const ordered = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => a.candidate.priority - b.candidate.priority || a.index - b.index);
  const inside = (box: Box) =>
    !bounds ||
    (box.left >= bounds.left &&
      box.right <= bounds.right &&
      box.top >= bounds.top &&
      box.bottom <= bounds.bottom);
  const clear = (box: Box, padding = 2) => !taken.some((t) => overlaps(box, t, padding));
  const free = (p: Position) =>
    inside(p.box) && clear(p.box) && (p.extra ?? []).every((b) => clear(b, 0));
  const place = (id: string, position: Position) => {
    taken.push(position.box, ...(position.extra ?? []));
    fits.set(id, position.fit);
  };
  for (const { candidate } of ordered) {
    const { id, priority, full } = candidate;
    if (priority < 0) {
      place(id, { box: full, fit: 'full' });
      continue;
    }
    if (zoom < (candidate.minZoom ?? 0)) {
      fits.set(id, 'hidden');
      continue;
    }
    const crossings = (box: Box) =>
      soft.reduce((n, s) => (s.owner !== id && overlaps(box, s, 0) ? n + 1 : n), 0);
    let chosen: Position | undefined;
    for (const tier of tiers(candidate)) {
      const open = tier.filter(free);
      if (open.length === 0) continue;
      // The first position wins ties: the list is in order of preference.
      chosen = open.reduce((best, p) => (crossings(p.box) < crossings(best.box) ? p : best));
      break;
    }
    if (chosen) place(id, chosen);
    // A capital is always named: on the map, where it covers the least of what is there.
    else if (priority === 0) {
      const onMap = tiers(candidate)[0]!.filter((p) => inside(p.box));
      const covered = (box: Box) => taken.reduce((sum, t) => sum + overlapArea(box, t), 0);
      const least = onMap.reduce<Position | undefined>(
        (best, p) => (!best || covered(p.box) < covered(best.box) ? p : best),
        undefined,
      );
      place(id, least ?? { box: full, fit: 'full' });
    } else fits.set(id, 'hidden');
  }
  return fits;
}
