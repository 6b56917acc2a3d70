// Viewport culling through the spatial index. Each arc is drawn once, on the world copy nearest
// the view's centre, so panning across the Pacific keeps whole arcs in view (never split).
import type { ArcTable } from './arcTable.ts';

/** Marks an arc that is not drawn in `copies`. */
export const NOT_DRAWN = -32768;

/**
 * The world copies (shifts of 360°) whose arcs may meet longitudes west..east: arc boxes lie
 * within 540° of 0 (middles in [-180, 180), and an arc over a pole spans up to 360°).
 */
export function copyRange(west: number, east: number): [number, number] {
  return [Math.ceil((west - 540) / 360), Math.floor((east + 540) / 360)];
}

/**
 * Fills copies[i] with the copy arc i is drawn on, or NOT_DRAWN when it is hidden by the mask,
 * invalid or off screen. Returns how many arcs are drawn. Box is west, south, east, north.
 * An arc seen on several copies (a very wide view) is drawn on the one nearest the centre.
 */
export function cullArcs(
  table: ArcTable,
  box: { west: number; south: number; east: number; north: number },
  mask: Uint8Array | null,
  copies: Int16Array,
): number {
  copies.fill(NOT_DRAWN);
  if (!table.index) return 0;
  const { index, indexArc, midLon } = table;
  const centerLon = (box.west + box.east) / 2;
  let drawn = 0;
  const [first, last] = copyRange(box.west, box.east);
  for (let copy = first; copy <= last; copy++) {
    const shift = copy * 360;
    index.search(box.west - shift, box.south, box.east - shift, box.north, (item) => {
      const i = indexArc[item]!;
      if (mask && !mask[i]) return false;
      const previous = copies[i]!;
      if (previous === NOT_DRAWN) {
        drawn++;
        copies[i] = copy;
      } else if (
        Math.abs(midLon[i]! + shift - centerLon) < Math.abs(midLon[i]! + previous * 360 - centerLon)
      ) {
        copies[i] = copy;
      }
      return false;
    });
  }
  return drawn;
}
