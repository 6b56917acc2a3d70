// The app on a generated 3,000-flow story (above FAST_PATH_THRESHOLD): the page says ready only
// once the lazily loaded fast renderer has drawn the flows, the table lists its first rows and
// says how many more, and the "Trade flows" layer box empties the canvas. Nothing generated is
// committed: the story is written into a temp folder mounted at /geo/ beside the build's own.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { syntheticId, writeSyntheticStory } from '../../scripts/bench/syntheticStory.ts';
import { MAX_TABLE_ROWS } from '../../src/controls/FeatureTable.tsx';
import { launchBrowser } from './harness.ts';

const FLOWS = 3000;
const MOVEMENTS = 2500;
let tmp: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

const ready = () =>
  page.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, {
    timeout: 60_000,
    polling: 50,
  });
const drawn = () => page.getAttribute('canvas.tp-fast-arcs', 'data-drawn').then(Number);

beforeAll(async () => {
  const dist = resolve(import.meta.dirname, '../..', process.env.TRIPOINT_DIST ?? 'dist');
  tmp = mkdtempSync(join(tmpdir(), 'tripoint-scale-app-'));
  for (const name of readdirSync(join(dist, 'geo')))
    copyFileSync(join(dist, 'geo', name), join(tmp, name));
  writeSyntheticStory(tmp, FLOWS, 5);
  writeSyntheticStory(tmp, MOVEMENTS, 6, 'movement');
  server = await startStaticServer({ root: dist, mounts: { '/geo/': tmp } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}?story=synthetic-${FLOWS}`);
  await ready();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe(`the app with ${FLOWS} flows (fast path)`, () => {
  it('is ready only once the fast canvas has drawn the flows, with no SVG arc per flow', async () => {
    // Read at the moment of ready: the lazily loaded renderer must have held readiness.
    expect(await drawn()).toBeGreaterThan(1000);
    expect(await page.locator('path[data-kind="flow"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lists the first rows of the table and says how many more', async () => {
    const rows = page.locator('.feature-table tbody tr[data-kind][data-id]');
    expect(await rows.count()).toBe(MAX_TABLE_ROWS);
    expect(await page.locator('.feature-table tfoot').textContent()).toMatch(/more not listed/);
  });

  it('keeps the selected flow highlighted, as the normal path does, until it is deselected', async () => {
    const highlighted = () =>
      page.getAttribute('canvas.tp-fast-arcs-hover', 'data-highlighted').then((v) => v ?? '');
    const inkOnOverlay = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.tp-fast-arcs-hover')!;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
        return inked;
      });
    expect(await highlighted()).toBe('');
    expect(await inkOnOverlay()).toBe(0);
    // A flow the map draws: the table lists the visible ones.
    const id = await page
      .locator('.feature-table tbody tr[data-kind="flow"]')
      .first()
      .getAttribute('data-id');
    expect(id).toBeTruthy();
    await page.goto(`${server.url}?story=synthetic-${FLOWS}&select=${encodeURIComponent(id!)}`);
    await ready();
    // The pointer rests over the panel, far from every arc: the highlight is the selection's.
    await page.mouse.move(10, 10);
    expect(await highlighted()).toBe(id);
    expect(await inkOnOverlay()).toBeGreaterThan(50);
    await page.goto(`${server.url}?story=synthetic-${FLOWS}`);
    await ready();
    expect(await highlighted()).toBe('');
  });

  it('empties the canvas when the Trade flows layer is turned off, and redraws it', async () => {
    const before = await drawn();
    await page.locator('input[name=layer][value=flow]').uncheck();
    await ready();
    expect(await drawn()).toBe(0);
    await page.locator('input[name=layer][value=flow]').check();
    await ready();
    expect(await drawn()).toBe(before);
  });
});

describe(`the app with ${MOVEMENTS} movements`, () => {
  it('draws them with the fast renderer in the movements pane, one canvas, no SVG arc each', async () => {
    await page.goto(`${server.url}?story=${syntheticId(MOVEMENTS, 'movement')}`);
    await ready();
    const canvas = page.locator('.leaflet-movements-pane canvas.tp-fast-arcs');
    expect(Number(await canvas.getAttribute('data-drawn'))).toBeGreaterThan(1000);
    expect(await page.locator('path[data-kind="movement"]').count()).toBe(0);
    // The layer box empties the canvas, as for flows.
    await page.locator('input[name=layer][value=movement]').uncheck();
    await ready();
    expect(Number(await canvas.getAttribute('data-drawn'))).toBe(0);
    expect(errors).toEqual([]);
  });
});
