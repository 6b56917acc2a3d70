// The foundation in a real browser: the seed story's map reaches ready on the offline
// basemap, labels the three capitals, asks nothing of other origins and logs no error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openMap, type MapPage } from './harness.ts';

let browser: Browser;
let map: MapPage;

beforeAll(async () => {
  browser = await launchBrowser();
  map = await openMap(browser);
});
afterAll(async () => {
  await map?.close();
  await browser?.close();
});

describe('the map on a fresh load', () => {
  it('reaches data-map-state=ready', async () => {
    expect(await map.page.getAttribute('html', 'data-map-state')).toBe('ready');
  });

  it('labels Moscow, Beijing and Pyongyang inside the window', async () => {
    const viewport = map.page.viewportSize()!;
    for (const name of ['Moscow', 'Beijing', 'Pyongyang']) {
      const label = map.page
        .locator('.place-label__name', { hasText: new RegExp(`^${name}$`) })
        .first();
      await expect(label.isVisible()).resolves.toBe(true);
      const box = (await label.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
  });

  it('draws the basemap: land covers a real share of the basemap canvas', async () => {
    const painted = await map.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-basemap-pane canvas');
      if (!canvas) return -1;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let opaque = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) opaque++;
      return opaque / (canvas.width * canvas.height);
    });
    // Moscow–Pyongyang is mostly land: an empty or grey page would be near 0.
    expect(painted).toBeGreaterThan(0.3);
  });

  it('requests nothing outside its own origin', () => {
    expect(map.foreignRequests()).toEqual([]);
  });

  it('logs no console error and throws no uncaught exception', () => {
    expect(map.errors).toEqual([]);
  });
});
