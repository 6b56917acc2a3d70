import { describe, expect, it } from 'vitest';
import { buildArcTable } from '../../../src/scale/arcTable.ts';
import { projectArc, type ArcView } from '../../../src/scale/arcView.ts';
import { cullArcs, NOT_DRAWN } from '../../../src/scale/cullArcs.ts';
import { strokeFor } from '../../../src/scale/drawArcs.ts';
import { FAST_PATH_THRESHOLD, fastKinds, usesFastPath } from '../../../src/scale/fastPath.ts';
import { pickArc } from '../../../src/scale/pickArc.ts';
import { syntheticStory } from '../../../scripts/bench/syntheticStory.ts';
import type { FlowFeature, PlaceFeature } from '../../../src/story/types.ts';

const story = syntheticStory(3000, 7);
const places = story.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
const flows = story.features.filter((f): f is FlowFeature => f.properties.kind === 'flow');
const table = buildArcTable(flows, places);

/** A view of the world at `zoom`, its canvas's top-left at world pixel (ox, oy). */
function viewAt(zoom: number, ox: number, oy: number, width: number, height: number): ArcView {
  const worldPx = 256 * 2 ** zoom;
  const lon = (x: number) => (x / worldPx - 0.5) * 360;
  const lat = (y: number) =>
    (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / worldPx))) * 180) / Math.PI;
  return {
    worldPx,
    originX: ox,
    originY: oy,
    west: lon(ox),
    east: lon(ox + width),
    north: lat(oy),
    south: lat(oy + height),
  };
}

const xs = new Float64Array(65);
const ys = new Float64Array(65);

describe('cullArcs', () => {
  it('at world view draws exactly the arcs the filter keeps (same filter result as the normal path)', () => {
    const mask = new Uint8Array(flows.length);
    flows.forEach((f, i) => (mask[i] = f.properties.period <= '2023-06' ? 1 : 0));
    const copies = new Int16Array(table.count);
    const drawn = cullArcs(table, { west: -200, south: -85, east: 200, north: 85 }, mask, copies);
    const expected = flows.map((f) => f.properties.period <= '2023-06');
    expect(drawn).toBe(expected.filter(Boolean).length);
    expected.forEach((keep, i) => expect(copies[i] !== NOT_DRAWN).toBe(keep));
  });

  it('keeps every arc that has a point in the view, and only arcs whose box meets it', () => {
    const view = viewAt(4, 3400, 1400, 1280, 800); // around Korea and Japan
    const copies = new Int16Array(table.count);
    cullArcs(table, view, null, copies);
    let inside = 0;
    for (let i = 0; i < table.count; i++) {
      let seen = false;
      for (const copy of [-1, 0, 1]) {
        const n = projectArc(table, i, copy, view, xs, ys);
        for (let k = 0; k < n; k++)
          if (xs[k]! >= 0 && xs[k]! <= 1280 && ys[k]! >= 0 && ys[k]! <= 800) seen = true;
      }
      if (seen) {
        inside++;
        expect(copies[i]).not.toBe(NOT_DRAWN);
      }
      if (copies[i] !== NOT_DRAWN) {
        const shift = copies[i]! * 360;
        const [w, s, e, n2] = table.bbox.subarray(i * 4, i * 4 + 4);
        expect(
          w! + shift <= view.east &&
            e! + shift >= view.west &&
            s! <= view.north &&
            n2! >= view.south,
        ).toBe(true);
      }
    }
    expect(inside).toBeGreaterThan(50);
  });

  it('draws an arc once, on the world copy nearest the view', () => {
    const copies = new Int16Array(table.count);
    // A view centred on 200°E: arcs whose middle is at -170° are drawn on copy +1.
    cullArcs(table, { west: 150, south: -60, east: 250, north: 70 }, null, copies);
    const shifted = [...copies].filter((c) => c === 1).length;
    expect(shifted).toBeGreaterThan(0);
    for (let i = 0; i < table.count; i++) {
      const c = copies[i]!;
      if (c === NOT_DRAWN) continue;
      const [w, , e] = table.bbox.subarray(i * 4, i * 4 + 4);
      for (const other of [-1, 0, 1, 2]) {
        const meets = w! + other * 360 <= 250 && e! + other * 360 >= 150;
        if (meets)
          expect(Math.abs(table.midLon[i]! + c * 360 - 200)).toBeLessThanOrEqual(
            Math.abs(table.midLon[i]! + other * 360 - 200),
          );
      }
    }
    // A view wider than the world: still one copy per arc, the one nearest the centre.
    expect(cullArcs(table, { west: -500, south: -85, east: 500, north: 85 }, null, copies)).toBe(
      table.count,
    );
    expect([...copies].every((c) => c === 0)).toBe(true);
  });
});

describe('pickArc', () => {
  const view = viewAt(3, 900, 500, 1600, 1000);
  const copies = new Int16Array(table.count);
  cullArcs(table, view, null, copies);

  it('finds the arc under a point in the middle of its stroke', () => {
    let checked = 0;
    for (let i = 0; i < table.count && checked < 40; i += 37) {
      if (copies[i] === NOT_DRAWN) continue;
      const n = projectArc(table, i, copies[i]!, view, xs, ys);
      const k = Math.floor(n / 2);
      const hit = pickArc(table, view, copies, xs[k]!, ys[k]!);
      expect(hit).toBeGreaterThanOrEqual(0);
      // The arc found passes near the point too (arcs overlap, so it may be another one).
      let d = Infinity;
      const px = xs[k]!,
        py = ys[k]!;
      const m = projectArc(table, hit, copies[hit]!, view, xs, ys);
      for (let j = 0; j < m; j++) d = Math.min(d, Math.hypot(xs[j]! - px, ys[j]! - py));
      expect(d).toBeLessThan(40);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('agrees with a brute-force search over every drawn arc (the index and the shortcut miss nothing)', () => {
    let hits = 0;
    for (let k = 0; k < 150; k++) {
      const x = (k * 97) % 1600;
      const y = (k * 61) % 1000;
      let bruteHit = false;
      for (let i = 0; i < table.count && !bruteHit; i++) {
        if (copies[i] === NOT_DRAWN) continue;
        const n = projectArc(table, i, copies[i]!, view, xs, ys);
        const limit = 4 + table.styles[table.style[i]!]!.width / 2;
        for (let j = 1; j < n && !bruteHit; j++) {
          const dx = xs[j]! - xs[j - 1]!,
            dy = ys[j]! - ys[j - 1]!;
          const t = Math.max(
            0,
            Math.min(1, ((x - xs[j - 1]!) * dx + (y - ys[j - 1]!) * dy) / (dx * dx + dy * dy || 1)),
          );
          if (Math.hypot(xs[j - 1]! + t * dx - x, ys[j - 1]! + t * dy - y) <= limit - 1e-6)
            bruteHit = true;
        }
      }
      const picked = pickArc(table, view, copies, x, y);
      if (bruteHit) {
        hits++;
        expect(picked).toBeGreaterThanOrEqual(0);
      }
    }
    expect(hits).toBeGreaterThan(20);
  });

  it('returns -1 far from every arc and for arcs the mask hides', () => {
    const one = buildArcTable([flows[0]!], places);
    const oneCopies = new Int16Array(1);
    cullArcs(one, view, null, oneCopies);
    const n = projectArc(one, 0, oneCopies[0]!, view, xs, ys);
    const k = Math.floor(n / 2);
    expect(pickArc(one, view, oneCopies, xs[k]!, ys[k]!)).toBe(0);
    expect(pickArc(one, view, oneCopies, xs[k]! + 30, ys[k]! + 30)).toBe(-1);
    cullArcs(one, view, new Uint8Array([0]), oneCopies);
    expect(pickArc(one, view, oneCopies, xs[k]!, ys[k]!)).toBe(-1);
  });
});

describe('usesFastPath', () => {
  it('switches above the threshold', () => {
    expect(usesFastPath(new Array(FAST_PATH_THRESHOLD))).toBe(false);
    expect(usesFastPath(new Array(FAST_PATH_THRESHOLD + 1))).toBe(true);
  });
});

describe('strokeFor (dense paints)', () => {
  it('keeps every width and opacity in a paint of up to DENSE_ARCS arcs', () => {
    expect(strokeFor(1.5, 0.8, false, 1)).toEqual({ lineWidth: 1.5, alpha: 0.8 });
  });

  it('draws sub-2-device-pixel arcs as hairlines with their ink as opacity when dense', () => {
    expect(strokeFor(1.5, 0.5, true, 1)).toEqual({ lineWidth: 1, alpha: 0.75 });
    expect(strokeFor(1.5, 0.8, true, 1).alpha).toBe(1);
    // Wider arcs, and thin arcs on a 2× screen (3 device px), keep their width.
    expect(strokeFor(2, 0.8, true, 1)).toEqual({ lineWidth: 2, alpha: 0.8 });
    expect(strokeFor(1.5, 0.8, true, 2)).toEqual({ lineWidth: 1.5, alpha: 0.8 });
  });
});

describe('fastKinds', () => {
  it('names each arc kind past the threshold, counted on its own', () => {
    const many = (kind: string, n: number) => Array.from({ length: n }, () => kind);
    expect(fastKinds([...many('flow', FAST_PATH_THRESHOLD + 1), 'movement'])).toEqual(
      new Set(['flow']),
    );
    expect(fastKinds(many('movement', FAST_PATH_THRESHOLD + 1))).toEqual(new Set(['movement']));
    // Places and events are never drawn by the fast renderer, however many.
    expect(fastKinds([...many('place', 5000), ...many('flow', FAST_PATH_THRESHOLD)])).toEqual(
      new Set(),
    );
  });
});
