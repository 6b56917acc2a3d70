// The in-app "Download PNG": the current view and filters as report mode at 2× pixel density,
// a real PNG of the window's size that is not blank, and the alt text shown beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { resolve } from 'node:path';
import { baseUrl, launchBrowser, openMap, type MapPage } from './harness.ts';
import { openFile } from './hostileLoad.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/report/pyongyang-mini.geojson');

let browser: Browser;
let map: MapPage;

beforeAll(async () => {
  browser = await launchBrowser();
  map = await openMap(browser, 'from=2023-07-24&to=2023-07-28', {
    viewport: { width: 1000, height: 700 },
    acceptDownloads: true,
  });
});
afterAll(async () => {
  await map?.close();
  await browser?.close();
});

describe('Download PNG in the browse panel', () => {
  it('downloads the report of the current state at 2x, not blank, and shows its alt text', async () => {
    const { page } = map;
    const download = page.waitForEvent('download', { timeout: 60_000 });
    // The panel may be collapsed on small screens; the button is in the DOM either way.
    await page.locator('[data-action=download-png]').dispatchEvent('click');
    const file = await download;
    expect(file.suggestedFilename()).toBe(
      'tripoint-victory-day-2023-2023-07-24_2023-07-28-1000x700-2x.png',
    );
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const png = PNG.sync.read(Buffer.concat(chunks));
    expect([png.width, png.height]).toEqual([2000, 1400]);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 101) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(20);
    const alt = await page.locator('.downloads__alt textarea').inputValue();
    expect(alt).toMatch(
      /^Map: .*Period: 24\s*–\s*28 Jul 2023\. Trade figures: June 2023\..*Basemap: Natural Earth, de facto boundaries\.$/s,
    );
    // The hidden report frame is gone once the image is made.
    expect(await page.locator('iframe[title=report]').count()).toBe(0);
    expect(map.errors).toEqual([]);
  });

  it('includes a file the reader opened (not in the URL): the report frame gets it as a blob: URL', async () => {
    const { page } = map;
    const opened = await openFile(page, FIXTURE, 'pyongyang-mini.geojson');
    expect(opened.accepted).toBe(true);
    // Its three places give no rank: in a file of few places their names still show.
    const hiddenNames = await page
      .locator('.place-label')
      .evaluateAll((labels) => labels.filter((l) => l.classList.contains('is-hidden')).length);
    expect(await page.locator('.place-label').count()).toBe(3);
    expect(hiddenNames).toBe(0);
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('[data-action=download-png]').dispatchEvent('click');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^tripoint-data-/);
    // The alt text is drafted by the report page from what it drew: the opened file's story.
    const alt = await page.locator('.downloads__alt textarea').inputValue();
    expect(alt).toMatch(/^Map: Two delegations in Pyongyang\./);
    // The page's own URL never carries the blob: URL (it would die with the page).
    expect(page.url()).not.toContain('blob');
    expect(map.errors).toEqual([]);
  });
});

describe("a reader's plain GeoJSON in report mode", () => {
  it('draws the file\'s plain shapes (the "Other" layer) and fits the view to them', async () => {
    const url = `${baseUrl()}fixtures/report/plain-shapes.geojson`;
    const report = await openMap(browser, `mode=report&data=${encodeURIComponent(url)}`, {
      viewport: { width: 900, height: 500 },
    });
    try {
      // The test box and the test point, in the Other pane.
      expect(await report.page.locator('.leaflet-other-pane path').count()).toBe(2);
      // Fitted to them: the box (124.5–129.5°E, 37.5–40.5°N) spans much of the map's width.
      const box = await report.page.locator('.leaflet-other-pane path').first().boundingBox();
      const map = await report.page.locator('.report__map').boundingBox();
      expect(box!.width).toBeGreaterThan(map!.width / 4);
      expect(report.errors).toEqual([]);
    } finally {
      await report.close();
    }
  });
});
