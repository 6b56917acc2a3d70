// Keeps marker chips (e.g. event dates) from landing on each other. Each chip wants to sit
// below its point, centred or (anchor 'start') starting at it so the stack hangs to the
// east, clear of the lines arriving from the west; taken in `order`, a chip that would overlap one already placed
// moves to just below it, in its column. A stack shows at most `limit` chips: the latest,
// moved up into the first slots, the first of them counting the hidden ones.
// Pure; the caller measures pixels and applies the offsets.
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
  /** Overrides stackMarkers' `anchor` for this chip. */
  anchor?: ChipAnchor;
}

export interface Offset {
  dx: number;
  dy: number;
  /** Beyond the stack's limit: not shown. */
  hidden: boolean;
  /** On the first shown chip of a full stack: how many earlier ones are hidden. */
  more: number;
  /** Set when the stack hangs west of its point: its chips' right edges line up. */
  end?: true;
}

/** Gap (px) between a point and the top of its chip, and between stacked chips. */
export const CHIP_DROP = 18;
export const CHIP_GAP = 2;
/** With anchor 'start': how far (px) a chip starts left of its point (its dot sits below it). */
export const CHIP_INSET = 8;

/** How many chips a stack shows at this zoom: fewer when zoomed out, where a stack covers more. */
export function stackLimit(zoom: number): number {
  return zoom < 6 ? 3 : 5;
}

const byOrder = (a: ScreenItem, b: ScreenItem) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1;

/**
 * Where a chip sits below its point: centred, starting at it (hanging east) or ending at it
 * (hanging west, e.g. near the map's right edge). A stack keeps its first chip's side.
 */
export type ChipAnchor = 'center' | 'start' | 'end';

/**
 * `mergeWithin` (px): points closer than this to an earlier chip's point share its stack, so
 * two spots a few km apart (a city and its airport) make one stack instead of chips landing
 * on each other's dots. `obstacles` (e.g. place dots): a chip that would cover one moves down.
 */
export function stackMarkers(
  items: readonly ScreenItem[],
  limit = 5,
  anchor: ChipAnchor = 'center',
  mergeWithin = 0,
  obstacles: readonly Box[] = [],
): Map<string, Offset> {
  const anchorOf = (item: ScreenItem) => item.anchor ?? anchor;
  const wanted = (item: ScreenItem) => {
    const side = anchorOf(item);
    if (side === 'start') return item.x - CHIP_INSET;
    if (side === 'end') return item.x + CHIP_INSET - item.width;
    return item.x - item.width / 2;
  };
  const own = new Map(items.map((item) => [item.id, item]));
  const spots: ScreenItem[] = [];
  const sorted = [...items].sort(byOrder).map((item) => {
    const near = spots.find((s) => Math.hypot(s.x - item.x, s.y - item.y) < mergeWithin);
    if (!near) spots.push(item);
    return near ? { ...item, x: near.x, y: near.y } : item;
  });
  const placed: (Box & { stack: number })[] = [];
  const stacks: { items: ScreenItem[]; end: boolean }[] = [];
  const absolute = new Map<string, Box>();
  for (const item of sorted) {
    let at = { left: wanted(item), top: item.y + CHIP_DROP };
    let stack = -1;
    for (let tries = 0; tries <= placed.length + obstacles.length; tries++) {
      const box = {
        left: at.left,
        top: at.top,
        right: at.left + item.width,
        bottom: at.top + item.height,
      };
      const hit = placed.find((p) => overlaps(box, p, 0));
      const blocked = hit ? undefined : obstacles.find((o) => overlaps(box, o, 0));
      // A chip never covers another point's dot: it moves down, past it.
      if (blocked) {
        at = { left: at.left, top: blocked.bottom + CHIP_GAP };
        continue;
      }
      if (!hit) break;
      const left = stacks[hit.stack]!.end ? hit.right - item.width : hit.left;
      at = { left, top: hit.bottom + CHIP_GAP };
      stack = hit.stack;
    }
    if (stack < 0) stack = stacks.push({ items: [], end: anchorOf(item) === 'end' }) - 1;
    stacks[stack]!.items.push(item);
    const box = { ...at, right: at.left + item.width, bottom: at.top + item.height };
    placed.push({ ...box, stack });
    absolute.set(item.id, box);
  }
  const offsets = new Map<string, Offset>();
  for (const { items: stack, end } of stacks) {
    const hiddenCount = Math.max(0, stack.length - limit);
    stack.forEach((placedItem, i) => {
      const item = own.get(placedItem.id)!;
      // Shown chips take the slots from the top: slot of the (i - hiddenCount)th chip.
      const slot =
        i >= hiddenCount ? absolute.get(stack[i - hiddenCount]!.id)! : absolute.get(item.id)!;
      const left = end ? slot.right - item.width : slot.left;
      offsets.set(item.id, {
        // Offsets are from the centred position the chip's CSS puts it in.
        dx: left - (item.x - item.width / 2),
        dy: slot.top - (item.y + CHIP_DROP),
        hidden: i < hiddenCount,
        more: i === hiddenCount && hiddenCount > 0 ? hiddenCount : 0,
        ...(end ? { end: true as const } : {}),
      });
    });
  }
  return offsets;
}
