// Paints the culled arcs on a 2D canvas, style by style (width × colour × status dash): the
// canvas state is set once per style, each arc is stroked on its own, then the style's
// arrowheads are filled in one path.
import type { ArcTable } from './arcTable.ts';
import { arcColour, arcStroke, type ArcTheme } from './arcStyle.ts';
import { projectArc, type ArcView } from './arcView.ts';
import { NOT_DRAWN } from './cullArcs.ts';
import { MAX_SEGMENTS } from './greatCircle.ts';

const xs = new Float64Array(MAX_SEGMENTS + 1);
const ys = new Float64Array(MAX_SEGMENTS + 1);
let arrows = new Float64Array(6 * 1024);

/**
 * Above this many arcs in one paint, arcs thinner than HAIRLINE_BELOW device pixels are drawn
 * as 1-device-pixel hairlines, their opacity times their width so they carry about the same
 * ink. In software raster (no GPU) a hairline costs ~1/8 of a 1.5 px stroke: 30,000 arcs took
 * ~2 s at 1.5 px and ~0.23 s as hairlines. A story (under 2,000 flows) never reaches it.
 */
export const DENSE_ARCS = 5000;
export const HAIRLINE_BELOW = 2;

/** Line width (CSS px) and opacity an arc style is stroked with. Pure. */
export function strokeFor(
  width: number,
  opacity: number,
  dense: boolean,
  dpr: number,
): { lineWidth: number; alpha: number } {
  if (!dense || width * dpr >= HAIRLINE_BELOW) return { lineWidth: width, alpha: opacity };
  return { lineWidth: 1 / dpr, alpha: Math.min(1, opacity * width * dpr) };
}

export function arrowSize(widthPx: number): number {
  return 4 + 1.5 * widthPx;
}

/** Appends the arrowhead of the arc just projected (n points in xs/ys) at `at`; returns new length. */
function addArrow(n: number, size: number, at: number): number {
  const tipX = xs[n - 1]!,
    tipY = ys[n - 1]!;
  const chordX = tipX - xs[0]!,
    chordY = tipY - ys[0]!;
  // An arrow bigger than half its arc would hide it: short arcs go without.
  if (chordX * chordX + chordY * chordY < 4 * size * size) return at;
  const dx = tipX - xs[n - 2]!,
    dy = tipY - ys[n - 2]!;
  const length = Math.sqrt(dx * dx + dy * dy) || 1;
  const ux = dx / length,
    uy = dy / length;
  if (at + 6 > arrows.length) {
    const grown = new Float64Array(arrows.length * 2);
    grown.set(arrows);
    arrows = grown;
  }
  const baseX = tipX - ux * size,
    baseY = tipY - uy * size;
  const half = size * 0.55;
  arrows.set(
    [tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half],
    at,
  );
  return at + 6;
}

/** Traces arc i (already culled to `copy`) into the current path; leaves its points in xs/ys. */
function traceArc(
  ctx: CanvasRenderingContext2D,
  table: ArcTable,
  i: number,
  copy: number,
  view: ArcView,
): number {
  const n = projectArc(table, i, copy, view, xs, ys);
  ctx.moveTo(xs[0]!, ys[0]!);
  for (let k = 1; k < n; k++) ctx.lineTo(xs[k]!, ys[k]!);
  return n;
}

export function drawArcs(
  ctx: CanvasRenderingContext2D,
  table: ArcTable,
  view: ArcView,
  copies: Int16Array,
  theme: ArcTheme,
  /** How many arcs this paint draws (see DENSE_ARCS) and the device pixel ratio. */
  { drawn = 0, dpr = 1 }: { drawn?: number; dpr?: number } = {},
): void {
  const dense = drawn > DENSE_ARCS;
  // Chords meet at angles of a degree or two: a miter join looks the same as a round one and
  // costs the rasterizer far fewer edges (raster, not JavaScript, dominates a 50k-arc frame).
  ctx.lineJoin = 'miter';
  for (let s = 0; s < table.styles.length; s++) {
    const style = table.styles[s]!;
    const width = style.width;
    const size = arrowSize(width);
    const colour = arcColour(style.actor, theme);
    const stroke = arcStroke(style.status, width);
    const { lineWidth, alpha } = strokeFor(width, stroke.opacity, dense, dpr);
    ctx.globalAlpha = alpha;
    ctx.lineCap = stroke.lineCap;
    ctx.lineWidth = lineWidth;
    ctx.strokeStyle = colour;
    ctx.setLineDash(stroke.dash);
    let arrowLength = 0;
    for (let o = table.styleStart[s]!; o < table.styleStart[s + 1]!; o++) {
      const i = table.order[o]!;
      const copy = copies[i]!;
      if (copy === NOT_DRAWN) continue;
      // One stroke per arc, so overlapping arcs blend as the normal path's one SVG path per
      // arc do (one path per style would composite its overlaps once). It costs about the
      // same as four arcs per stroke or one path per style: `npm run bench -- raster`.
      ctx.beginPath();
      const n = traceArc(ctx, table, i, copy, view);
      ctx.stroke();
      arrowLength = addArrow(n, size, arrowLength);
    }
    if (arrowLength === 0) continue;
    ctx.beginPath();
    for (let a = 0; a < arrowLength; a += 6) {
      ctx.moveTo(arrows[a]!, arrows[a + 1]!);
      ctx.lineTo(arrows[a + 2]!, arrows[a + 3]!);
      ctx.lineTo(arrows[a + 4]!, arrows[a + 5]!);
      ctx.closePath();
    }
    ctx.fillStyle = colour;
    ctx.globalAlpha = stroke.opacity;
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/** Draws one arc highlighted (hover), on its own canvas. */
export function drawHighlight(
  ctx: CanvasRenderingContext2D,
  table: ArcTable,
  i: number,
  copy: number,
  view: ArcView,
  theme: ArcTheme,
): void {
  const style = table.styles[table.style[i]!]!;
  const width = style.width + 2;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  traceArc(ctx, table, i, copy, view);
  ctx.lineWidth = width + 3;
  ctx.strokeStyle = theme === 'dark' ? 'rgba(0,0,0,0.85)' : 'rgba(255,255,255,0.9)';
  ctx.stroke();
  ctx.lineWidth = width;
  ctx.strokeStyle = arcColour(style.actor, theme);
  ctx.stroke();
}
