// The fast arc renderer (src/scale) in real Chromium, on a generated 3,000-flow story: it
// reaches ready, paints where arcs are, hovers, selects the arc under the pointer, and
// repaints when a filter hides half the flows. The page is the bench's fast-arcs page, built
// into a temp folder; nothing generated is committed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { greatCircle } from '@turf/great-circle';
import { PNG } from 'pngjs';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { buildBenchPages } from '../../scripts/bench/buildPages.ts';
import { syntheticStory, writeSyntheticStory } from '../../scripts/bench/syntheticStory.ts';
import type { FlowFeature, PlaceFeature } from '../../src/story/types.ts';
import { launchBrowser } from './harness.ts';

const FLOWS = 3000;
const story = syntheticStory(FLOWS, 11);
const places = new Map(
  story.features
    .filter((f): f is PlaceFeature => f.properties.kind === 'place')
    .map((p) => [p.properties.id, p.geometry.coordinates]),
);
const flows = story.features.filter((f): f is FlowFeature => f.properties.kind === 'flow');

let tmp: string;
let server: StaticServer;
let browser: Browser;
let page: Page;

/** Container pixels of lon/lat, on the world copy nearest the view's centre. */
async function toScreen(points: number[][]): Promise<[number, number][]> {
  return page.evaluate(`(() => {
    const map = window.__bench.map;
    const c = map.getCenter().lng;
    return ${JSON.stringify(points)}.map(([lon, lat]) => {
      const p = map.latLngToContainerPoint([lat, lon + Math.round((c - lon) / 360) * 360]);
      return [p.x, p.y];
    });
  })()`) as Promise<[number, number][]>;
}

async function inkAround(x: number, y: number, r = 3): Promise<number> {
  const png = PNG.sync.read(
    await page.screenshot({ clip: { x: x - r, y: y - r, width: 2 * r + 1, height: 2 * r + 1 } }),
  );
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [red, green, blue] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    // Leaflet's empty map is #ddd; anything else is an arc.
    if (Math.abs(red - 0xdd) + Math.abs(green - 0xdd) + Math.abs(blue - 0xdd) > 30) ink++;
  }
  return ink;
}

function drawn(): Promise<number> {
  return page.getAttribute('canvas.tp-fast-arcs', 'data-drawn').then(Number);
}

describe('fast arc renderer', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'tripoint-scale-test-'));
    writeSyntheticStory(join(tmp, 'data'), FLOWS, 11);
    await buildBenchPages(join(tmp, 'pages'));
    server = await startStaticServer({
      root: join(tmp, 'pages'),
      mounts: { '/data/': join(tmp, 'data') },
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(
      `${server.url}fast-arcs.html?data=${encodeURIComponent(`${server.url}data/synthetic-${FLOWS}.geojson`)}`,
    );
    await page.waitForSelector('html[data-map-state="ready"]', {
      state: 'attached',
      timeout: 60_000,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('draws the arcs in view, with ink where an arc passes and none where none does', async () => {
    expect(await drawn()).toBeGreaterThan(FLOWS * 0.9);
    const f = flows[0]!.properties;
    const middle = (
      greatCircle(places.get(f.from)!, places.get(f.to)!, { npoints: 3 }).geometry
        .coordinates as number[][]
    )[1]!;
    const [[x, y]] = (await toScreen([middle])) as [[number, number]];
    expect(await inkAround(x, y)).toBeGreaterThan(0);
    // No city lies south of 42°S, and no great circle between them goes near the pole.
    const [[sx, sy]] = (await toScreen([[0, -80]])) as [[number, number]];
    if (sy < 690) expect(await inkAround(sx, sy)).toBe(0);
  });

  it('hovering an arc shows the pointer cursor, and clicking selects an arc that passes there', async () => {
    const f = flows[1]!.properties;
    const line = greatCircle(places.get(f.from)!, places.get(f.to)!, { npoints: 9 }).geometry;
    const coords = (
      line.type === 'LineString' ? line.coordinates : line.coordinates[0]!
    ) as number[][];
    const [[x, y]] = (await toScreen([coords[Math.floor(coords.length / 2)]!])) as [
      [number, number],
    ];
    await page.mouse.move(x, y);
    expect(
      await page.evaluate('getComputedStyle(document.querySelector(".leaflet-container")).cursor'),
    ).toBe('pointer');
    await page.mouse.click(x, y);
    const selected = await page.evaluate('document.body.dataset.selected');
    expect(typeof selected).toBe('string');
    // The oracle: the selected flow's Turf great circle passes within a stroke of the click.
    const picked = flows.find((flow) => flow.properties.id === selected)!.properties;
    const oracle = greatCircle(places.get(picked.from)!, places.get(picked.to)!, {
      npoints: 200,
    }).geometry;
    const lines = (
      oracle.type === 'LineString' ? [oracle.coordinates] : oracle.coordinates
    ) as number[][][];
    let nearest = Infinity;
    for (const part of lines)
      for (const [px, py] of await toScreen(part))
        nearest = Math.min(nearest, Math.hypot(px - x, py - y));
    expect(nearest).toBeLessThan(12);
    // Away from every arc the cursor goes back.
    const [[sx, sy]] = (await toScreen([[0, -80]])) as [[number, number]];
    await page.mouse.move(sx, Math.min(sy, 690));
    expect(
      await page.evaluate('getComputedStyle(document.querySelector(".leaflet-container")).cursor'),
    ).not.toBe('pointer');
  });

  it('a filter that hides half the flows repaints without them, and showing all brings them back', async () => {
    const before = await drawn();
    const snapshot = () =>
      page.evaluate('document.querySelector("canvas.tp-fast-arcs").toDataURL()');
    const full = await snapshot();
    await page.evaluate('window.__bench.setHalfHidden(true)');
    const half = await drawn();
    expect(half).toBeGreaterThan(before * 0.4);
    expect(half).toBeLessThan(before * 0.6);
    expect(await snapshot()).not.toBe(full);
    await page.evaluate('window.__bench.setHalfHidden(false)');
    expect(await drawn()).toBe(before);
    expect(await snapshot()).toBe(full);
  });
});
