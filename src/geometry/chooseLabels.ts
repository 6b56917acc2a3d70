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
  /** 0 = obstacle that always stays; 1 = capital … higher = less important. */
  priority: number;
  full: Box;
  compact?: Box;
  /** Shown only from this zoom. */
  minZoom?: number;
}

export type LabelFit = 'full' | 'compact' | 'hidden';

/** The zoom from which a place label of this rank is shown. */
export function labelMinZoom(rank: number): number {
  return rank >= 3 ? 7 : rank === 2 ? 4 : 0;
}

export function overlaps(a: Box, b: Box, padding = 3): boolean {
  return (
    a.left < b.right + padding &&
    a.right + padding > b.left &&
    a.top < b.bottom + padding &&
    a.bottom + padding > b.top
  );
}

export function chooseLabels(
  candidates: readonly LabelCandidate[],
  zoom: number,
): Map<string, LabelFit> {
  const fits = new Map<string, LabelFit>();
  const taken: Box[] = [];
  const ordered = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => a.candidate.priority - b.candidate.priority || a.index - b.index);
  for (const { candidate } of ordered) {
    if (candidate.priority > 0 && zoom < (candidate.minZoom ?? 0)) {
      fits.set(candidate.id, 'hidden');
      continue;
    }
    const free = (box: Box) => candidate.priority === 0 || !taken.some((t) => overlaps(box, t));
    if (free(candidate.full)) {
      taken.push(candidate.full);
      fits.set(candidate.id, 'full');
    } else if (candidate.compact && free(candidate.compact)) {
      taken.push(candidate.compact);
      fits.set(candidate.id, 'compact');
    } else fits.set(candidate.id, 'hidden');
  }
  return fits;
}
