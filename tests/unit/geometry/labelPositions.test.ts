import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../src/geometry/chooseLabels.ts';
import {
  calloutPositions,
  leaderLine,
  placeAlternatives,
} from '../../../src/geometry/labelPositions.ts';

describe('placeAlternatives', () => {
  it('puts the label left of, above and below the dot, never over it', () => {
    // Dot at (100, 50); the label sits 8 px to its right.
    const full = { left: 108, top: 36, right: 168, bottom: 64 };
    const [left, above, below] = placeAlternatives(full);
    const dot = { left: 96, top: 46, right: 104, bottom: 54 };
    expect(left).toEqual({ left: 32, top: 36, right: 92, bottom: 64 });
    expect(above!.bottom).toBeLessThan(50);
    expect(below!.top).toBeGreaterThan(50);
    for (const alt of [left, above, below]) expect(overlaps(alt!, dot, 0)).toBe(false);
  });
});

describe('callouts', () => {
  it('never cover their anchor, and the leader reaches the label edge', () => {
    const size = { width: 120, height: 16 };
    for (const { dx, dy, box } of calloutPositions(500, 300, size)) {
      expect(overlaps(box, { left: 498, top: 298, right: 502, bottom: 302 }, 0)).toBe(false);
      const { length, angle } = leaderLine(dx, dy, size);
      const end = {
        x: 500 + length * Math.cos((angle * Math.PI) / 180),
        y: 300 + length * Math.sin((angle * Math.PI) / 180),
      };
      const onEdge =
        Math.abs(end.x - box.left) < 0.01 ||
        Math.abs(end.x - box.right) < 0.01 ||
        Math.abs(end.y - box.top) < 0.01 ||
        Math.abs(end.y - box.bottom) < 0.01;
      expect(onEdge).toBe(true);
    }
  });
});
