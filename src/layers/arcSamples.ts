// The drawn arcs as small boxes along their lines, in screen pixels: the "soft" obstacles a
// label should stay off when it has somewhere else to go (a capital's name under three
// flows is unreadable even with a halo). Reads the SVG paths Leaflet drew.
import type { SoftObstacle } from '../geometry/chooseLabels.ts';

const ARCS = 'path[data-kind="flow"], path[data-kind="movement"], path[data-kind="claim"]';
/** Distance (px) between samples along a line. */
const STEP = 8;

export function arcSamples(container: Element): SoftObstacle[] {
  const samples: SoftObstacle[] = [];
  for (const path of container.querySelectorAll<SVGPathElement>(ARCS)) {
    const matrix = path.getScreenCTM();
    if (!matrix) continue;
    const owner = path.getAttribute('data-feature-id') ?? undefined;
    const half = Math.max(2, Number.parseFloat(getComputedStyle(path).strokeWidth) / 2 || 2);
    const length = path.getTotalLength();
    for (let at = 0; at <= length; at += STEP) {
      const p = path.getPointAtLength(at).matrixTransform(matrix);
      samples.push({
        left: p.x - half,
        right: p.x + half,
        top: p.y - half,
        bottom: p.y + half,
        owner,
      });
    }
  }
  return samples;
}
