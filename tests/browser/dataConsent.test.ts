// ?data= on another origin: anyone can craft such a link, so the reader's browser contacts
// that server only after the reader agrees. Same-origin data loads at once.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { launchBrowser, openMap, waitForMapState } from './harness.ts';

let browser: Browser;
let other: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  other = await startStaticServer({
    root: resolve(import.meta.dirname, '../fixtures'),
    cors: true,
  });
});
afterAll(async () => {
  await other?.close();
  await browser?.close();
});

const FILE = 'report/pyongyang-mini.geojson';
const LOADED = '[data-testid="user-data"][data-loaded="pyongyang-mini.geojson"]';

describe('?data= consent', () => {
  it('asks before contacting another origin, and loads only once the reader agrees', async () => {
    const dataUrl = `${other.url}${FILE}`;
    const map = await openMap(browser, `data=${encodeURIComponent(dataUrl)}`);
    try {
      const prompt = map.page.getByTestId('load-consent');
      await prompt.waitFor();
      expect(await prompt.textContent()).toContain(new URL(other.url).host);
      // The story is still drawn and nothing went to the other server yet.
      expect(map.requests.filter((url) => url.startsWith(other.url))).toEqual([]);
      expect(await map.page.getAttribute('html', 'data-map-state')).toBe('ready');

      await prompt.getByRole('button', { name: /^Load data from/ }).click();
      await map.page.waitForSelector(LOADED, { state: 'attached' });
      await waitForMapState(map.page, 'ready');
      expect(map.requests).toContain(dataUrl);
      expect(await map.page.getByTestId('load-consent').count()).toBe(0);
      expect(map.errors).toEqual([]);
    } finally {
      await map.close();
    }
  });

  it('declining keeps the story and never contacts the other origin', async () => {
    const dataUrl = `${other.url}${FILE}`;
    const map = await openMap(browser, `data=${encodeURIComponent(dataUrl)}`);
    try {
      await map.page.getByRole('button', { name: 'Not now' }).click();
      expect(await map.page.getByTestId('load-consent').count()).toBe(0);
      expect(map.requests.filter((url) => url.startsWith(other.url))).toEqual([]);
      expect(await map.page.locator('tr[data-kind="movement"]').count()).toBeGreaterThan(0);
    } finally {
      await map.close();
    }
  });

  it('loads same-origin data without asking', async () => {
    const map = await openMap(browser, `data=${encodeURIComponent(`fixtures/${FILE}`)}`);
    try {
      await map.page.waitForSelector(LOADED, { state: 'attached' });
      expect(await map.page.getByTestId('load-consent').count()).toBe(0);
    } finally {
      await map.close();
    }
  });
});
