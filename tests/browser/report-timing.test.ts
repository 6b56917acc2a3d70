// A report is the same picture however its files arrive. The story, the fonts and the basemap
// are each held back in turn; every PNG must match the one taken with nothing held back. (A
// story that arrived after the fonts once made the map fit a box without header and legend,
// then refit: Leaflet's canvases were left at a sub-pixel offset and 3% of pixels changed.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { baseUrl, launchBrowser } from './harness.ts';

const QUERY = 'story=victory-day-2023&mode=report&from=2023-07-24&to=2023-07-28';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The report's PNG with the files matching `held` answered `delayMs` late. */
async function reportPng(held: string | null, delayMs: number): Promise<PNG> {
  const page = await browser.newPage({ viewport: { width: 900, height: 500 } });
  try {
    if (held) {
      await page.route(held, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        await route.continue();
      });
    }
    await page.goto(`${baseUrl()}?${QUERY}`);
    await page.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, {
      timeout: 30_000,
    });
    return PNG.sync.read(await page.screenshot());
  } finally {
    await page.close();
  }
}

function differentPixels(a: PNG, b: PNG): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4)
    if (a.data.readUInt32BE(i) !== b.data.readUInt32BE(i)) count++;
  return count;
}

describe('report timing', () => {
  it('gives the same pixels when the story, the fonts or the basemap arrive late', async () => {
    const reference = await reportPng(null, 0);
    for (const held of ['**/*.geojson', '**/*.woff2', '**/basemap.json']) {
      const late = await reportPng(held, 700);
      expect([late.width, late.height]).toEqual([reference.width, reference.height]);
      expect(differentPixels(late, reference), `${held} held back 700 ms`).toBe(0);
    }
  }, 60_000);
});
