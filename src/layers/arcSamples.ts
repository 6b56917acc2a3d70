// The drawn arcs as small boxes along their lines, in screen pixels: the "soft" obstacles a
// label should stay off when it has somewhere else to go (a capital's name under three
// flows is unreadable even with a halo). Reads the SVG paths Leaflet drew.
import type { SoftObstacle } from '../geometry/chooseLabels.ts';

const ARCS = 'path[data-kind="flow"], path[data-kind="movement"], path[data-kind="claim"]';
/** Distance (px) between samples along a line. */
const STEP = 8;

/**
 * The polylines of a path Leaflet drew ("M x y L x y … M x y …": an arc cut at the
 * antimeridian has two), as flat [x0, y0, x1, y1, …] lists; null for any other shape.
 */
export function polylinesOf(d: string): number[][] | null {
  if (!/^\s*M[-\d.eE\s,ML]*$/.test(d)) return null;
  const lines: number[][] = [];
  for (const part of d.trim().split(/(?=M)/)) {
    const numbers = part
      .slice(1)
      .split(/[\s,L]+/)
      .filter(Boolean)
      .map(Number);
    if (numbers.length % 2 !== 0 || numbers.some((n) => !Number.isFinite(n))) return null;
    lines.push(numbers);
  }
  return lines;
}

/** Points every `step` px along a polyline, from its start (as getPointAtLength(0, step, …)). */
export function samplePolyline(points: readonly number[], step: number): number[] {
  const out: number[] = [];
  if (points.length < 2) return out;
  out.push(points[0]!, points[1]!);
  let carried = 0; // length walked since the last sample
  for (let i = 2; i + 1 < points.length; i += 2) {
    const x0 = points[i - 2]!,
      y0 = points[i - 1]!;
    const dx = points[i]! - x0,
      dy = points[i + 1]! - y0;
    const length = Math.hypot(dx, dy);
    let at = step - carried;
    for (; at <= length; at += step) out.push(x0 + (dx * at) / length, y0 + (dy * at) / length);
    carried = length - (at - step);
  }
  return out;
}

/** Samples of one path, in the path's own coordinates: from its `d` when Leaflet wrote it. */
function pathSamples(path: SVGPathElement): number[] {
  const lines = polylinesOf(path.getAttribute('d') ?? '');
  if (lines) return lines.flatMap((line) => samplePolyline(line, STEP));
  // Any other shape: the browser walks it (slower: getPointAtLength scans the path each call).
  const points: number[] = [];
  const length = path.getTotalLength();
  for (let at = 0; at <= length; at += STEP) {
    const p = path.getPointAtLength(at);
    points.push(p.x, p.y);
  }
  return points;
}

export function arcSamples(container: Element): SoftObstacle[] {
  const samples: SoftObstacle[] = [];
  for (const path of container.querySelectorAll<SVGPathElement>(ARCS)) {
    const m = path.getScreenCTM();
    if (!m) continue;
    const owner = path.getAttribute('data-feature-id') ?? undefined;
    const half = Math.max(2, Number.parseFloat(getComputedStyle(path).strokeWidth) / 2 || 2);
    const points = pathSamples(path);
    for (let i = 0; i + 1 < points.length; i += 2) {
      // The path's coordinates to screen pixels (DOMMatrix applied by hand: no object per point).
      const x = m.a * points[i]! + m.c * points[i + 1]! + m.e;
      const y = m.b * points[i]! + m.d * points[i + 1]! + m.f;
      samples.push({ left: x - half, right: x + half, top: y - half, bottom: y + half, owner });
    }
  }
  return samples;
}
