import { describe, expect, it } from 'vitest';
import { chooseLabels, FEW_PLACES, labelMinZoom } from '../../../src/geometry/chooseLabels.ts';
import {
  CHIP_DROP,
  CHIP_INSET,
  stackLimit,
  stackMarkers,
} from '../../../src/geometry/stackMarkers.ts';

const box = (left: number, top: number, width = 50, height = 20) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('chooseLabels', () => {
  it('names capitals always, ordinary cities always in a story of few places, minor places from zoom 7', () => {
    expect(labelMinZoom(1, 500)).toBe(0);
    expect(labelMinZoom(2, 3)).toBe(0);
    expect(labelMinZoom(2, FEW_PLACES)).toBe(0);
    expect(labelMinZoom(2, FEW_PLACES + 1)).toBe(4);
    expect(labelMinZoom(3, 3)).toBe(7);
  });

  it('hides minor places below their zoom', () => {
    expect(labelMinZoom(3)).toBe(7);
    const fits = chooseLabels([{ id: 'airport', priority: 5, minZoom: 7, full: box(0, 0) }], 6);
    expect(fits.get('airport')).toBe('hidden');
    expect(
      chooseLabels([{ id: 'airport', priority: 5, minZoom: 7, full: box(0, 0) }], 7).get('airport'),
    ).toBe('full');
  });

  it('lets the more important label win a collision, whatever the input order', () => {
    const fits = chooseLabels(
      [
        { id: 'square', priority: 5, full: box(10, 5) },
        { id: 'capital', priority: 1, full: box(0, 0) },
      ],
      8,
    );
    expect(fits.get('capital')).toBe('full');
    expect(fits.get('square')).toBe('hidden');
  });

  it('falls back to the compact box, and obstacles always stay', () => {
    const fits = chooseLabels(
      [
        { id: 'chip', priority: -1, full: box(0, 0) },
        { id: 'flow', priority: 2, full: box(20, 0, 200), compact: box(100, 0, 40) },
      ],
      5,
    );
    expect(fits.get('chip')).toBe('full');
    expect(fits.get('flow')).toBe('compact');
  });
});

describe('chooseLabels positions', () => {
  it('moves a label to its alternative when the first place is taken or off the map', () => {
    const fits = chooseLabels(
      [
        { id: 'dot', priority: -1, full: box(60, 0, 10, 10) },
        { id: 'beijing', priority: 0, full: box(40, 0), alternatives: [box(-60, 0)] },
        { id: 'edge', priority: 0, full: box(380, 100), alternatives: [box(250, 100)] },
      ],
      3,
      { left: -100, top: -100, right: 400, bottom: 400 },
    );
    expect(fits.get('beijing')).toBe('alt0');
    expect(fits.get('edge')).toBe('alt0');
  });

  it('always shows a priority-0 label, even where nothing is free', () => {
    const fits = chooseLabels(
      [
        { id: 'chip', priority: -1, full: box(0, 0, 300, 300) },
        { id: 'capital', priority: 0, full: box(10, 10), alternatives: [box(100, 100)] },
      ],
      3,
    );
    expect(fits.get('capital')).toBe('full');
  });
});

describe('stackMarkers', () => {
  it('stacks chips at the same point in order, without overlap', () => {
    const items = ['2023-07-27', '2023-07-25', '2023-07-26'].map((date) => ({
      id: date,
      x: 100,
      y: 100,
      width: 50,
      height: 18,
      order: date,
    }));
    const offsets = stackMarkers(items);
    expect(offsets.get('2023-07-25')).toMatchObject({ dx: 0, dy: 0 });
    expect(offsets.get('2023-07-26')!.dy).toBeGreaterThanOrEqual(18);
    expect(offsets.get('2023-07-27')!.dy).toBeGreaterThanOrEqual(36);
  });

  it('leaves chips that do not collide where they are', () => {
    const offsets = stackMarkers([
      { id: 'a', x: 0, y: 0, width: 40, height: 18, order: '1' },
      { id: 'b', x: 300, y: 0, width: 40, height: 18, order: '2' },
    ]);
    expect(offsets.get('b')).toMatchObject({ dx: 0, dy: 0, hidden: false });
  });
});

describe('stackMarkers limit', () => {
  it('shows at most `limit` chips per stack, the latest, and counts the rest', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({
      id: `e${i}`,
      x: 100,
      y: 100,
      width: 50,
      height: 18,
      order: `2023-07-2${i}`,
    }));
    const offsets = stackMarkers(items, 3);
    const hidden = items.filter((item) => offsets.get(item.id)!.hidden).map((item) => item.id);
    expect(hidden).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(offsets.get('e5')).toEqual({ dx: 0, dy: 0, hidden: false, more: 5 });
    expect(offsets.get('e7')!.dy).toBeGreaterThanOrEqual(36);
  });
});

describe('chooseLabels around arcs and edges', () => {
  it('moves a label off the arcs when another position is free of them', () => {
    const arc = [0, 10, 20, 30, 40].map((x) => ({ ...box(60 + x, 5, 4, 4), owner: 'flow' }));
    const fits = chooseLabels(
      [{ id: 'beijing', priority: 0, full: box(58, 0), alternatives: [box(-60, 0)] }],
      3,
      undefined,
      arc,
    );
    expect(fits.get('beijing')).toBe('alt0');
  });

  it("ignores a label's own arc", () => {
    const own = [{ ...box(10, 5, 4, 4), owner: 'flow' }];
    const fits = chooseLabels(
      [{ id: 'flow', priority: 2, full: box(0, 0), alternatives: [box(200, 0)] }],
      3,
      undefined,
      own,
    );
    expect(fits.get('flow')).toBe('full');
  });

  it('keeps a capital on the map: flips it inside the edge rather than cutting it', () => {
    const fits = chooseLabels(
      [
        { id: 'chip', priority: -1, full: box(240, 100, 100, 100) },
        { id: 'pyongyang', priority: 0, full: box(290, 100), alternatives: [box(230, 100)] },
      ],
      3,
      { left: 0, top: 0, right: 320, bottom: 400 },
    );
    expect(fits.get('pyongyang')).toBe('alt0');
  });

  it('tries the compact box in place before a callout, and a callout before hiding', () => {
    const candidates = (left: number, top = 0) => [
      { id: 'dot', priority: -1, full: box(left, top, 40) },
      {
        id: 'flow',
        priority: 1,
        full: box(0, 0, 200),
        compact: box(0, 0, 100),
        compactAlternatives: [box(0, 60, 100)],
      },
    ];
    expect(chooseLabels(candidates(0, 300), 3).get('flow')).toBe('full');
    expect(chooseLabels(candidates(150), 3).get('flow')).toBe('compact');
    expect(chooseLabels(candidates(50), 3).get('flow')).toBe('callout0');
    expect(
      chooseLabels([...candidates(50), { id: 'x', priority: -1, full: box(0, 60) }], 3).get('flow'),
    ).toBe('hidden');
  });
});

describe('stackMarkers anchored at the start', () => {
  it('hangs the stack east of its point, so lines arriving from the west stay clear', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      x: 100,
      y: 100,
      width: 60,
      height: 18,
      order: id,
    }));
    const offsets = stackMarkers(items, stackLimit(3), 'start');
    expect(stackLimit(3)).toBe(3);
    expect(stackLimit(8)).toBe(5);
    for (const item of items.slice(1)) {
      const { dx, hidden } = offsets.get(item.id)!;
      expect(hidden).toBe(false);
      // Left edge: the centred left (100 - 30) moved by dx.
      expect(70 + dx).toBe(100 - CHIP_INSET);
    }
    expect(offsets.get('a')!.hidden).toBe(true);
    expect(offsets.get('b')!.more).toBe(1);
  });

  it('hangs a stack west of its point near the right edge, right edges lined up', () => {
    const offsets = stackMarkers([
      { id: 'a', x: 300, y: 100, width: 60, height: 18, order: '1', anchor: 'end' },
      { id: 'b', x: 300, y: 100, width: 40, height: 18, order: '2', anchor: 'end' },
    ]);
    const right = (id: string, width: number) => 300 - width / 2 + offsets.get(id)!.dx + width;
    expect(right('a', 60)).toBe(300 + CHIP_INSET);
    expect(right('b', 40)).toBe(300 + CHIP_INSET);
    expect(offsets.get('b')!.end).toBe(true);
  });
});

describe('chooseLabels for crowded capitals', () => {
  it('puts a capital where it covers the least when nothing is free', () => {
    const fits = chooseLabels(
      [
        { id: 'beijing', priority: 0, full: box(100, 100, 60, 30) },
        {
          id: 'pyongyang',
          priority: 0,
          full: box(150, 100, 60, 30),
          // left: right over Beijing; above: only grazes it.
          alternatives: [box(90, 100, 60, 30), box(120, 75, 60, 30)],
        },
      ],
      3,
      { left: 0, top: 0, right: 200, bottom: 300 },
    );
    expect(fits.get('pyongyang')).toBe('alt1');
  });
});

describe('stackMarkers merging nearby spots', () => {
  it('stacks chips of points a few px apart together, each offset from its own point', () => {
    const items = [
      { id: 'city', x: 100, y: 100, width: 40, height: 18, order: '2' },
      { id: 'airport', x: 104, y: 88, width: 40, height: 18, order: '1' },
    ];
    const apart = stackMarkers(items);
    // Without merging, the airport's chip hangs below its own point, right over the city.
    expect(apart.get('airport')).toMatchObject({ dx: 0, dy: 0 });
    const merged = stackMarkers(items, 5, 'center', 24);
    // Merged: one column under the airport (the earlier spot), the city's chip below it.
    const top = (id: string, y: number) => y + CHIP_DROP + merged.get(id)!.dy;
    const left = (id: string, x: number) => x - 20 + merged.get(id)!.dx;
    expect(left('city', 100)).toBe(left('airport', 104));
    expect(top('city', 100)).toBeGreaterThanOrEqual(top('airport', 88) + 18);
  });
});

describe('stackMarkers around dots', () => {
  it("moves a chip down past another place's dot instead of covering it", () => {
    const dot = { left: 95, top: 120, right: 105, bottom: 130 };
    const offsets = stackMarkers(
      [{ id: 'a', x: 100, y: 100, width: 40, height: 18, order: '1' }],
      5,
      'center',
      0,
      [dot],
    );
    const top = 100 + CHIP_DROP + offsets.get('a')!.dy;
    expect(top).toBeGreaterThanOrEqual(130);
  });
});

describe('callout leaders', () => {
  it("skips a callout whose leader would cross another label, and keeps its line's room", () => {
    const fits = chooseLabels(
      [
        // The flow's own spot is taken on both sides of its anchor (100, 100)…
        { id: 'west', priority: -1, full: box(0, 92, 80, 16) },
        { id: 'east', priority: -1, full: box(120, 92, 80, 16) },
        // …and a label sits between the anchor and the first callout, above it.
        { id: 'between', priority: 0, full: box(90, 60, 20, 10) },
        {
          id: 'flow',
          priority: 1,
          full: box(0, 90, 200),
          compact: box(50, 90, 100),
          compactAlternatives: [box(50, 20, 100), box(50, 160, 100)],
          anchor: { x: 100, y: 100 },
        },
        // Would sit on the chosen leader (from the anchor down to the second callout).
        { id: 'late', priority: 3, full: box(96, 130, 8, 8) },
      ],
      3,
    );
    expect(fits.get('flow')).toBe('callout1');
    expect(fits.get('late')).toBe('hidden');
  });
});
