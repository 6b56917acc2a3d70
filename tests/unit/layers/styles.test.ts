// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  flowTicks,
  flowWidth,
  MAX_FLOW_WIDTH,
  MIN_FLOW_WIDTH,
  niceFloor,
} from '../../../src/layers/flowScale.ts';
import { actorColor, dashArray, statusStyle } from '../../../src/layers/styles.ts';
import { arrowRotation, arrowSize } from '../../../src/layers/arrowhead.ts';
import { STATUSES } from '../../../src/story/types.ts';

describe('flowWidth', () => {
  it('grows monotonically from MIN to MAX on a square-root scale', () => {
    const values = [0, 1, 5, 19, 50, 100, 154.7, 500, 894];
    const widths = values.map((v) => flowWidth(v, 894));
    for (let i = 1; i < widths.length; i++)
      expect(widths[i]!).toBeGreaterThanOrEqual(widths[i - 1]!);
    expect(widths[0]).toBe(MIN_FLOW_WIDTH);
    expect(widths[widths.length - 1]).toBe(MAX_FLOW_WIDTH);
    // Four times the value: about twice the width above the minimum.
    const quarter = flowWidth(894 / 4, 894) - MIN_FLOW_WIDTH;
    expect(quarter / (MAX_FLOW_WIDTH - MIN_FLOW_WIDTH)).toBeCloseTo(0.5, 1);
  });

  it('has round legend ticks drawn with the same widths', () => {
    expect(niceFloor(154.7)).toBe(100);
    expect(niceFloor(894)).toBe(500);
    const ticks = flowTicks(154.7);
    expect(ticks.map((t) => t.value)).toEqual([5, 20, 100]);
    for (const tick of ticks) expect(tick.width).toBe(flowWidth(tick.value, 154.7));
  });
});

describe('styles', () => {
  it('colours actors stably, distinctly, per theme, with a fallback', () => {
    const known = ['RUS', 'CHN', 'PRK', 'USA'].map((a) => actorColor(a, 'light'));
    expect(new Set(known).size).toBe(4);
    expect(actorColor('RUS', 'dark')).not.toBe(actorColor('RUS', 'light'));
    expect(actorColor('XYZ', 'light')).toBe(actorColor('XYZ', 'light'));
    expect(actorColor('XYZ', 'light')).toMatch(/^#[0-9a-f]{6}$/);
    expect(actorColor(undefined, 'dark')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keeps the four statuses apart', () => {
    const looks = STATUSES.map((s) => JSON.stringify(statusStyle(s)));
    expect(new Set(looks).size).toBe(4);
    expect(dashArray('confirmed', 3)).toBeUndefined();
    expect(dashArray('alleged', 3)).toMatch(/^\d/);
    expect(statusStyle('denied').struck).toBe(true);
    expect(statusStyle('reported').opacity).toBeLessThan(statusStyle('confirmed').opacity);
  });

  it('turns arrowheads to the heading and grows them with the line', () => {
    expect(arrowRotation(90)).toBe(0); // heading east = pointing right
    expect(arrowRotation(180)).toBe(90); // south = pointing down (clockwise on screen)
    expect(arrowSize(10).halfWidth * 2).toBeGreaterThan(10);
  });
});
