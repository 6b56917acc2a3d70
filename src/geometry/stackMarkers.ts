// Keeps marker chips (e.g. event dates) from landing on each other. Each chip wants to sit
// centred below its point; taken in `order`, a chip that would overlap one already placed
// moves to just below it, in its column. Pure; the caller measures pixels and applies offsets.
import { overlaps, type Box } from './chooseLabels.ts';

export interface ScreenItem {
  id: string;
  /** The marker's point on screen. */
  x: number;
  y: number;
  /** The chip's size. */
  width: number;
  height: number;
  /** Sort key within a stack, e.g. the date. */
  order: string;
}

export interface Offset {
  dx: number;
  dy: number;
}

/** Gap (px) between a point and the top of its chip, and between stacked chips. */
export const CHIP_DROP = 16;
export const CHIP_GAP = 2;

export function stackMarkers(items: readonly ScreenItem[]): Map<string, Offset> {
  const sorted = [...items].sort((a, b) =>
    a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1,
  );
  const placed: Box[] = [];
  const offsets = new Map<string, Offset>();
  for (const item of sorted) {
    const home = { left: item.x - item.width / 2, top: item.y + CHIP_DROP };
    let at = { ...home };
    for (let tries = 0; tries <= placed.length; tries++) {
      const box = {
        left: at.left,
        top: at.top,
        right: at.left + item.width,
        bottom: at.top + item.height,
      };
      const hit = placed.find((p) => overlaps(box, p, 0));
      if (!hit) break;
      at = { left: hit.left, top: hit.bottom + CHIP_GAP };
    }
    placed.push({
      left: at.left,
      top: at.top,
      right: at.left + item.width,
      bottom: at.top + item.height,
    });
    offsets.set(item.id, { dx: at.left - home.left, dy: at.top - home.top });
  }
  return offsets;
}
