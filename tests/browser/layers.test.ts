// The map layers in Chromium, on the seed story: filters show and hide drawn features
// (data-feature-id / data-kind on each drawn feature's main element), arcs into Pyongyang
// arrive apart, clicks and the keyboard select, and the dark theme recolours lines and labels.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openMap, type MapPage } from './harness.ts';
import type { StoryCollection } from '../../src/story/types.ts';

const story = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../geo/victory-day-2023.geojson'), 'utf8'),
) as StoryCollection;
const movements = story.features.filter((f) => f.properties.kind === 'movement');
const PYONGYANG_VIEW = 'view=39.03,125.75,6';

let browser: Browser;
const opened: MapPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const map of opened) await map.close();
  await browser.close();
});

async function open(query: string): Promise<Page> {
  const map = await openMap(browser, query, { viewport: { width: 1440, height: 900 } });
  opened.push(map);
  return map.page;
}

/** [id, kind] of every feature drawn on the map. */
function drawn(page: Page): Promise<[string, string][]> {
  return page.$$eval('.leaflet-container [data-feature-id]', (elements) =>
    elements.map(
      (e) => [e.getAttribute('data-feature-id')!, e.getAttribute('data-kind')!] as [string, string],
    ),
  );
}

/** Screen points on a drawn line 24, 40 and 60 px (along the path) before its end: behind the arrowhead. */
function tailPoints(page: Page, id: string): Promise<{ x: number; y: number }[]> {
  return page.$eval(`path[data-feature-id="${id}"]`, (element) => {
    const path = element as SVGPathElement;
    const length = path.getTotalLength();
    const matrix = path.getScreenCTM()!;
    return [24, 40, 60].map((back) => {
      const p = path.getPointAtLength(Math.max(0, length - back)).matrixTransform(matrix);
      return { x: p.x, y: p.y };
    });
  });
}

async function expectApart(page: Page, a: string, b: string, minPx: number): Promise<void> {
  const [tailA, tailB] = await Promise.all([tailPoints(page, a), tailPoints(page, b)]);
  tailA.forEach((p, i) => {
    const q = tailB[i]!;
    expect(Math.hypot(p.x - q.x, p.y - q.y), `${a} vs ${b}, point ${i}`).toBeGreaterThan(minPx);
  });
}

describe('layers', () => {
  it('?layers=place draws places and no arcs', async () => {
    const page = await open('layers=place');
    const kinds = new Set((await drawn(page)).map(([, kind]) => kind));
    expect(kinds).toEqual(new Set(['place']));
  });

  it("?actors=CHN draws only China's movements, and no Russian trade", async () => {
    const page = await open('actors=CHN&layers=movement,flow');
    const features = await drawn(page);
    const movementIds = features.filter(([, kind]) => kind === 'movement').map(([id]) => id);
    const chinese = movements.filter(
      (m) => m.properties.kind === 'movement' && m.properties.actor === 'CHN',
    );
    expect(movementIds.sort()).toEqual(chinese.map((m) => m.properties.id).sort());
    const flowIds = features.filter(([, kind]) => kind === 'flow').map(([id]) => id);
    expect(flowIds.length).toBeGreaterThan(0);
    const fromMoscow = story.features.filter(
      (f) => f.properties.kind === 'flow' && f.properties.from === 'moscow',
    );
    for (const flow of fromMoscow) expect(flowIds).not.toContain(flow.properties.id);
  });

  describe('around Pyongyang (zoom 6)', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open(`${PYONGYANG_VIEW}&theme=light`);
    });

    it('draws the two delegations arriving apart', async () => {
      const arriving = movements.filter(
        (m) => m.properties.kind === 'movement' && m.properties.to.startsWith('pyongyang'),
      );
      expect(arriving.length).toBeGreaterThanOrEqual(2);
      await expectApart(page, arriving[0]!.properties.id, arriving[1]!.properties.id, 8);
    });

    it('fans a delegation and a trade flow on the same route (Beijing → Pyongyang) into lanes', async () => {
      const flowIds = (await drawn(page)).filter(([, kind]) => kind === 'flow').map(([id]) => id);
      const sameRoute = story.features.find(
        (f) =>
          f.properties.kind === 'flow' &&
          f.properties.from === 'beijing' &&
          f.properties.to === 'pyongyang' &&
          flowIds.includes(f.properties.id),
      );
      expect(sameRoute).toBeDefined();
      await expectApart(page, 'li-to-pyongyang-2023', sameRoute!.properties.id, 6);
    });

    it('draws an arrowhead at the end of each movement', async () => {
      const arrows = await page.$$eval('[data-part="arrow"]', (elements) =>
        elements.map((e) => e.getAttribute('data-for')),
      );
      for (const m of movements) expect(arrows).toContain(m.properties.id);
    });

    it('selects an arc on click (the URL gets select=<id>)', async () => {
      const id = 'li-to-pyongyang-2023';
      const point = await page.$eval(`path[data-feature-id="${id}"]`, (element) => {
        const path = element as SVGPathElement;
        const p = path
          .getPointAtLength(path.getTotalLength() * 0.4)
          .matrixTransform(path.getScreenCTM()!);
        return { x: p.x, y: p.y };
      });
      await page.mouse.click(point.x, point.y);
      await page.waitForFunction(
        (wanted) => new URL(location.href).searchParams.get('select') === wanted,
        id,
      );
      const stroke = await page.$eval(`path[data-feature-id="${id}"]`, (e) =>
        Number(e.getAttribute('stroke-width')),
      );
      expect(stroke).toBeGreaterThan(2.5); // highlighted: wider than a plain movement
    });

    it('reaches a feature with Tab and selects it with Enter', async () => {
      await page.focus('.leaflet-container');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(
        () => document.activeElement?.getAttribute('data-feature-id') ?? null,
      );
      expect(focused).not.toBeNull();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (wanted) => new URL(location.href).searchParams.get('select') === wanted,
        focused,
      );
    });
  });

  it('recolours arcs and labels in the dark theme, without a rebuild', async () => {
    const look = (page: Page) =>
      page.evaluate(() => ({
        stroke: document.querySelector('path[data-kind="movement"]')?.getAttribute('stroke'),
        label: getComputedStyle(document.querySelector('.place-label__name')!).color,
      }));
    const light = await look(await open(`${PYONGYANG_VIEW}&theme=light`));
    const dark = await look(await open(`${PYONGYANG_VIEW}&theme=dark`));
    expect(light.stroke).toBeTruthy();
    expect(dark.stroke).not.toBe(light.stroke);
    expect(dark.label).not.toBe(light.label);
  });
});
