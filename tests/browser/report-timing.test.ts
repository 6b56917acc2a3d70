// A report is the same picture however its files arrive. The story, the fonts and the basemap
// are each held back in turn; every PNG must match the one taken with nothing held back. (A
// story that arrived after the fonts once made the map fit a box without header and legend,
// then refit: Leaflet's canvases were left at a sub-pixel offset and 3% of pixels changed.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { baseUrl, launchBrowser } from './harness.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const QUERY = 'story=victory-day-2023&mode=report&from=2023-07-24&to=2023-07-28';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The report's PNG with the files matching `held` answered `delayMs` late; `fontsFirst` loads
 * every face the map's labels use before anything is drawn (as when they are cached), so each
 * label pass measures final text once instead of again when the fonts arrive.
 */
async function reportPng(held: string | null, delayMs: number, fontsFirst = false): Promise<PNG> {
  const page = await browser.newPage({ viewport: { width: 900, height: 500 } });
  try {
    if (fontsFirst) {
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          void document.fonts.load('1em "Noto Sans KR"', '평양');
          void document.fonts.load('1em "Noto Sans SC"', '北京');
          void document.fonts.load('600 1em "Noto Sans"', 'Москва');
          void document.fonts.load('1em "Noto Sans"', 'Москва');
        });
      });
    }
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

/** How many pixels differ, and where (x0, y0, x1, y1 of the box around them). */
function difference(a: PNG, b: PNG): { count: number; box: number[] } {
  let count = 0;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data.readUInt32BE(i) === b.data.readUInt32BE(i)) continue;
    count++;
    const x = (i / 4) % a.width;
    const y = Math.floor(i / 4 / a.width);
    box.splice(
      0,
      4,
      Math.min(box[0]!, x),
      Math.min(box[1]!, y),
      Math.max(box[2]!, x),
      Math.max(box[3]!, y),
    );
  }
  return { count, box };
}

describe('report timing', () => {
  it('gives the same pixels when the story, the fonts or the basemap arrive late, or the fonts first', async () => {
    const reference = await reportPng(null, 0);
    const cases: [string, boolean][] = [
      ['**/*.geojson', false],
      ['**/*.woff2', false],
      ['**/basemap.json', false],
      ['**/*.geojson', true],
    ];
    for (const [held, fontsFirst] of cases) {
      const late = await reportPng(held, 700, fontsFirst);
      expect([late.width, late.height]).toEqual([reference.width, reference.height]);
      const { count, box } = difference(late, reference);
      if (count > 0) {
        mkdirSync(RESULTS, { recursive: true });
        const name = held.replace(/\W+/g, '') + (fontsFirst ? '-fonts-first' : '');
        writeFileSync(join(RESULTS, `report-timing-${name}.png`), PNG.sync.write(late));
        writeFileSync(join(RESULTS, 'report-timing-reference.png'), PNG.sync.write(reference));
      }
      const what = `${held} held back 700 ms${fontsFirst ? ', fonts loaded first' : ''}`;
      expect(count, `${what}: pixels in [${box.join(', ')}] differ`).toBe(0);
    }
  }, 60_000);
});
