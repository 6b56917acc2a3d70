import { describe, expect, it } from 'vitest';
import { polylinesOf, samplePolyline } from '../../../src/layers/arcSamples.ts';

describe('polylinesOf', () => {
  it("reads Leaflet's polyline paths, one list per subpath", () => {
    expect(polylinesOf('M10 20L30 40L50 60')).toEqual([[10, 20, 30, 40, 50, 60]]);
    expect(polylinesOf('M-5.5 2L1e2 3M7 8L9 10')).toEqual([
      [-5.5, 2, 100, 3],
      [7, 8, 9, 10],
    ]);
  });

  it('refuses any other shape, so the caller falls back to the browser', () => {
    expect(polylinesOf('M10 10a5 5 0 1 0 10 0')).toBeNull();
    expect(polylinesOf('M10 10C20 20 30 30 40 40')).toBeNull();
    expect(polylinesOf('M10 10L20')).toBeNull();
    expect(polylinesOf('')).toBeNull();
  });
});

describe('samplePolyline', () => {
  it('puts a point every step along the line, carried across vertices', () => {
    // An L: 10 px right then 10 px down; every 4 px from the start.
    expect(samplePolyline([0, 0, 10, 0, 10, 10], 4)).toEqual([
      0, 0, 4, 0, 8, 0, 10, 2, 10, 6, 10, 10,
    ]);
  });

  it('gives the start alone for a line shorter than a step, nothing for no line', () => {
    expect(samplePolyline([3, 4, 5, 4], 8)).toEqual([3, 4]);
    expect(samplePolyline([], 8)).toEqual([]);
  });
});
