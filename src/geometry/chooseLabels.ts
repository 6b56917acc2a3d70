// Which map labels to show where they would collide: labels are taken in priority order
// (lower first, then input order); each keeps its full box if that is free, else its compact
// box (e.g. only a flow's value) if that is free, else it is hidden. Obstacles (priority 0,
// e.g. event chips) always stay. Minor places are labelled only from a zoom. Pure, in pixels.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
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
  /** Where else the full label may go (e.g. left of its point), tried in order. */
  alternatives?: Box[];
  /** Shown only from this zoom. */
  minZoom?: number;
}

/** 'alt0', 'alt1'… name the alternative used. */
export type LabelFit = 'full' | 'compact' | 'hidden' | `alt${number}`;

/** The zoom from which a place label of this rank is shown. */
export function labelMinZoom(rank: number): number {
  return rank >= 3 ? 7 : rank === 2 ? 4 : 0;
}

export function overlaps(a: Box, b: Box, padding = 2): boolean {
  return (
    a.left < b.right + padding &&
    a.right + padding > b.left &&
    a.top < b.bottom + padding &&
    a.bottom + padding > b.top
  );
}

/** `bounds`: the map's box; a position outside it is not free (the label would be cut). */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  zoom: number,
  bounds?: Box,
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
  const place = (id: string, box: Box, fit: LabelFit) => {
    taken.push(box);
    fits.set(id, fit);
  };
  for (const { candidate } of ordered) {
    const { id, priority, full, compact, alternatives = [] } = candidate;
    if (priority < 0) {
      place(id, full, 'full');
      continue;
    }
    if (zoom < (candidate.minZoom ?? 0)) {
      fits.set(id, 'hidden');
      continue;
    }
    const free = (box: Box) => inside(box) && !taken.some((t) => overlaps(box, t));
    const alternative = alternatives.findIndex(free);
    if (free(full)) place(id, full, 'full');
    else if (alternative >= 0) place(id, alternatives[alternative]!, `alt${alternative}`);
    else if (compact && free(compact)) place(id, compact, 'compact');
    else if (priority === 0) place(id, full, 'full');
    else fits.set(id, 'hidden');
  }
  return fits;
}
