// Map labels in Chromium, on the seed story: the story's key figure (the flow label that
// changed most) is on the map at the default desktop view, and on a phone and in a 320 px
// embed no label is cut by the map's edge or lies on another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openMap, type MapPage } from './harness.ts';

let browser: Browser;
const opened: MapPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const map of opened) await map.close();
  await browser.close();
});

async function open(query: string, width: number, height: number): Promise<Page> {
  const map = await openMap(browser, query, { viewport: { width, height } });
  opened.push(map);
  return map.page;
}

interface ShownLabel {
  id: string;
  text: string;
  priority: number;
  box: { left: number; top: number; right: number; bottom: number };
}

/** Labels and event chips a reader sees, with their boxes; and the map's box. */
function shownLabels(page: Page) {
  return page.evaluate(() => {
    const container = document.querySelector('.leaflet-container')!;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const labels = [...container.querySelectorAll<HTMLElement>('[data-label-id]')]
      .filter((e) => getComputedStyle(e).visibility === 'visible')
      .map((e) => ({
        id: e.dataset.labelId!,
        text: e.textContent ?? '',
        priority: Number(e.dataset.labelPriority),
        box: box(e),
      }));
    return { map: box(container), labels };
  });
}

const overlap = (a: ShownLabel['box'], b: ShownLabel['box']) =>
  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

describe('the key figure', () => {
  it('is labelled at the default desktop view, with its change, over nothing else', async () => {
    const page = await open('', 1440, 900);
    const { labels } = await shownLabels(page);
    const flows = await page.$$eval('.tp-flow-label', (elements) =>
      elements.map((e) => Number((e as HTMLElement).dataset.labelPriority)),
    );
    // The flow that changed most has the smallest priority among the drawn flow labels.
    const key = labels.find((l) => l.priority === Math.min(...flows));
    expect(key, 'the key flow label is shown').toBeDefined();
    expect(key!.text).toMatch(/×\d/);
    for (const other of labels.filter((l) => l !== key))
      expect(overlap(key!.box, other.box), `${key!.id} over ${other.id}`).toBe(false);
  });
});

describe.each([
  ['a phone', '', 375, 667],
  ['a 320 px embed', 'mode=embed', 320, 400],
])('on %s', (_name, query, width, height) => {
  it('cuts no label at the map edge and stacks none on another', async () => {
    const page = await open(query, width, height);
    const { map, labels } = await shownLabels(page);
    expect(labels.some((l) => l.id === 'pyongyang')).toBe(true);
    for (const label of labels) {
      expect(label.box.left, label.id).toBeGreaterThanOrEqual(map.left);
      expect(label.box.right, label.id).toBeLessThanOrEqual(map.right);
      expect(label.box.top, label.id).toBeGreaterThanOrEqual(map.top);
      expect(label.box.bottom, label.id).toBeLessThanOrEqual(map.bottom);
    }
    const places = labels.filter((l) => ['moscow', 'beijing', 'pyongyang'].includes(l.id));
    for (const a of places)
      for (const b of places)
        if (a !== b) expect(overlap(a.box, b.box), `${a.id} over ${b.id}`).toBe(false);
  });
});
