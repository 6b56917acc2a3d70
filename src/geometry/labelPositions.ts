// Where else a map label may go, as boxes in screen pixels: a place label left of, above or
// below its dot; a flow label as a callout off its arc, with a leader line back to the arc.
// Pure; LabelDeclutter measures the boxes and applies the choice.
import type { Box } from './chooseLabels.ts';

/** Gap (px) between a place's dot and its label, as in layers.css. */
export const PLACE_GAP = 8;

/**
 * A place label's other positions, given its box to the right of the dot: left, above,
 * below (the order of the `is-left`, `is-above`, `is-below` classes).
 */
export function placeAlternatives(full: Box, gap = PLACE_GAP): Box[] {
  const width = full.right - full.left;
  const height = full.bottom - full.top;
  const x = full.left - gap;
  const y = (full.top + full.bottom) / 2;
  const centred = { left: x - width / 2, right: x + width / 2 };
  return [
    { left: x - gap - width, right: x - gap, top: full.top, bottom: full.bottom },
    { ...centred, top: y - gap + 2 - height, bottom: y - gap + 2 },
    { ...centred, top: y + gap - 2, bottom: y + gap - 2 + height },
  ];
}

export interface Callout {
  /** Offset (px) of the label's centre from the anchor on the arc. */
  dx: number;
  dy: number;
  box: Box;
}

/** Distances (px) from the anchor to the callout's near edge, tried in order. */
const REACH = [26, 52];

/** Callout positions for a label of `size` anchored at `x, y`: above, below, beside, diagonal. */
export function calloutPositions(
  x: number,
  y: number,
  size: { width: number; height: number },
): Callout[] {
  const w = size.width / 2;
  const h = size.height / 2;
  const out: Callout[] = [];
  for (const d of REACH) {
    const k = d * 0.72;
    const offsets: [number, number][] = [
      [0, -(h + d)],
      [0, h + d],
      [w + d, 0],
      [-(w + d), 0],
      [w + k, -(h + k)],
      [-(w + k), -(h + k)],
      [w + k, h + k],
      [-(w + k), h + k],
    ];
    for (const [dx, dy] of offsets)
      out.push({
        dx,
        dy,
        box: { left: x + dx - w, right: x + dx + w, top: y + dy - h, bottom: y + dy + h },
      });
  }
  return out;
}

/** The leader from the anchor to the edge of a label of `size` centred at `dx, dy`. */
export function leaderLine(
  dx: number,
  dy: number,
  size: { width: number; height: number },
): { length: number; angle: number } {
  const distance = Math.hypot(dx, dy);
  const w = size.width / 2;
  const h = size.height / 2;
  // The part of the centre line inside the label's box is hidden by the label.
  const inside = Math.min(
    dx === 0 ? Infinity : w / Math.abs(dx),
    dy === 0 ? Infinity : h / Math.abs(dy),
  );
  const length = Math.max(0, distance * (1 - inside));
  return { length, angle: (Math.atan2(dy, dx) * 180) / Math.PI };
}
