// The embed as a newsroom uses it: the Embed button's snippet pasted into a plain page on
// another 127.0.0.1 port, the app published under a sub-path with CORS (the sandboxed iframe's
// origin is opaque), the host script resizing the iframe from the map's height messages.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { embedFrame, hostPageHtml, startHostServer } from '../../scripts/embed/hostPage.ts';
import { EMBED_SANDBOX } from '../../src/embed/snippet.ts';
import { partOf } from '../../scripts/bench/firstLoad.ts';
import { EMBED_BUDGET_KB } from '../../scripts/bench/embed.ts';
import { parseAppState } from '../../src/state/appState.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SUB_PATH = '/some/sub/path/';
const QUERY = 'layers=place,movement,flow&actors=RUS,PRK&lang=en';
const MINIMAL_SANDBOX = 'allow-scripts allow-popups';

interface Embedded {
  page: Page;
  frame: Frame;
  requests: string[];
  heights: number[];
}

let browser: Browser;
let app: StaticServer;
let host: StaticServer;
const embeds = new Map<number, Embedded>();

/** dist/geo with the default story swapped for a fixture, so the test doesn't follow the data's edits. */
function geoWithTestStory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tripoint-embed-geo-'));
  for (const name of readdirSync(join(ROOT, 'dist/geo')))
    copyFileSync(join(ROOT, 'dist/geo', name), join(dir, name));
  copyFileSync(
    join(ROOT, 'tests/fixtures/browse/victory-day-fixture.geojson'),
    join(dir, 'victory-day-2023.geojson'),
  );
  return dir;
}

async function openHostPage(width: number): Promise<Embedded> {
  const context = await browser.newContext({ viewport: { width: width + 40, height: 900 } });
  // Runs in every frame, the embed's too: record CSP violations and the heights posted.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __heights: number[] };
    w.__csp = [];
    w.__heights = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    window.addEventListener('message', (e) => {
      if (e.data?.type === 'tripoint:height') w.__heights.push(e.data.height);
    });
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${host.url}w${width}.html`);
  const frame = await embedFrame(page);
  // The host has applied the last height the map posted.
  await page.waitForFunction(() => {
    const posted = (window as unknown as { __heights: number[] }).__heights.at(-1);
    return (
      posted !== undefined &&
      document.querySelector('iframe')?.getAttribute('height') === String(posted)
    );
  });
  const heights = await page.evaluate(
    () => (window as unknown as { __heights: number[] }).__heights,
  );
  return { page, frame, requests, heights };
}

/** What a newsroom copies: the snippet in the browse view's Embed dialog. */
async function snippetFromEmbedButton(url: string): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await dialog.waitFor();
  const snippet = await dialog.getByRole('textbox').inputValue();
  await context.close();
  return snippet;
}

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startStaticServer({
    root: mkdtempSync(join(tmpdir(), 'tripoint-embed-root-')), // nothing at "/": only the sub-path
    mounts: { [SUB_PATH]: join(ROOT, 'dist'), [`${SUB_PATH}geo/`]: geoWithTestStory() },
    cors: true,
  });
  const appUrl = `${app.url.replace(/\/$/, '')}${SUB_PATH}`;
  const snippet = await snippetFromEmbedButton(`${appUrl}?${QUERY}`);
  const page = (width: number, sandbox = EMBED_SANDBOX) =>
    hostPageHtml(snippet.replace(`sandbox="${EMBED_SANDBOX}"`, `sandbox="${sandbox}"`), width);
  // The narrow page uses the smallest sandbox the issue asks the map to work in.
  host = await startHostServer({
    'w320.html': page(320, MINIMAL_SANDBOX),
    'w1000.html': page(1000),
  });
  for (const width of [320, 1000]) embeds.set(width, await openHostPage(width));
}, 180_000);

afterAll(async () => {
  for (const { page } of embeds.values()) await page.context().close();
  await browser?.close();
  await app?.close();
  await host?.close();
});

describe.each([320, 1000])('the snippet pasted into a %i px column', (width) => {
  const embed = () => embeds.get(width)!;

  it('runs in an opaque-origin sandbox on another port and reaches ready', async () => {
    const { page, frame } = embed();
    expect(await frame.getAttribute('html', 'data-map-state')).toBe('ready');
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    expect(new URL(frame.url()).port).not.toBe(new URL(page.url()).port);
    expect(new URL(frame.url()).pathname).toBe(SUB_PATH);
    // Screen readers announce the iframe by its title: the story's.
    expect(await page.getAttribute('iframe', 'title')).toBe(
      await frame.textContent('.embed__title'),
    );
    const sandbox = await page.getAttribute('iframe', 'sandbox');
    expect(sandbox).not.toContain('allow-same-origin');
  });

  it('posts its height and the host script applies it', async () => {
    const { page, heights } = embed();
    expect(heights.length).toBeGreaterThan(0);
    const last = heights.at(-1)!;
    const iframe = page.locator('iframe');
    expect(await iframe.getAttribute('height')).toBe(String(last));
    expect(await iframe.evaluate((el) => el.style.height)).toBe(`${last}px`);
    expect((await iframe.boundingBox())!.height).toBeCloseTo(last, 0);
  });

  it('has the right height: the map keeps its ratio and nothing is clipped', async () => {
    const { page, frame } = embed();
    const iframeBox = (await page.locator('iframe').boundingBox())!;
    expect(iframeBox.width).toBe(width);
    const content = await frame.evaluate(
      () => document.querySelector('.embed')!.getBoundingClientRect().height,
    );
    expect(Math.abs(iframeBox.height - content)).toBeLessThanOrEqual(1);
    const map = (await frame.locator('.embed__map').boundingBox())!;
    const ratio = width <= 480 ? 1 : 10 / 16;
    expect(map.height).toBeCloseTo(width * ratio, 0);
    for (const selector of ['.embed__legend-toggle', '.embed__full-map', '.embed__title']) {
      const box = (await frame.locator(selector).boundingBox())!;
      expect(await frame.locator(selector).isVisible()).toBe(true);
      expect(box.y).toBeGreaterThanOrEqual(iframeBox.y);
      expect(box.y + box.height).toBeLessThanOrEqual(iframeBox.y + iframeBox.height + 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(iframeBox.x + iframeBox.width + 0.5);
    }
  });

  it('links "Open full map" to the same state in browse mode, in a new tab', async () => {
    const { frame } = embed();
    const link = frame.locator('.embed__full-map');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(`${app.url.replace(/\/$/, '')}${SUB_PATH}`);
    const embedded = parseAppState(new URL(frame.url()).search).state;
    expect(parseAppState(href.search).state).toEqual({ ...embedded, mode: 'browse' });
  });

  it('asks nothing beyond loopback and violates no Content-Security-Policy', async () => {
    const { page, frame, requests } = embed();
    const outside = requests.filter(
      (url) => !/^(data|blob):/.test(url) && new URL(url).hostname !== '127.0.0.1',
    );
    expect(outside).toEqual([]);
    expect(requests.some((url) => url.includes('/geo/basemap.json'))).toBe(true);
    expect(await frame.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual(
      [],
    );
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});

describe('the embed budget', () => {
  it(`loads at most ${EMBED_BUDGET_KB} KB gzip of JS, CSS and basemap`, () => {
    const { requests } = embeds.get(1000)!;
    const appOrigin = new URL(app.url).origin;
    const files = new Set(
      requests
        .map((url) => new URL(url))
        .filter((url) => url.origin === appOrigin && url.pathname.startsWith(SUB_PATH))
        .map((url) => decodeURIComponent(url.pathname).slice(SUB_PATH.length))
        .filter((path) => ['js', 'css', 'basemap'].includes(partOf(path))),
    );
    // The split works: the embed's first load has no browse panel and no report layout.
    expect([...files].some((path) => /BrowseView|ReportView/.test(path))).toBe(false);
    expect([...files].some((path) => /EmbedView/.test(path))).toBe(true);
    let gzip = 0;
    for (const path of files)
      gzip += gzipSync(readFileSync(join(ROOT, 'dist', path)), { level: 9 }).length;
    expect(gzip / 1024).toBeLessThanOrEqual(EMBED_BUDGET_KB);
  });
});

describe('title=0', () => {
  it('hides the title and nothing else', async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 600 } });
    try {
      const page = await context.newPage();
      await page.goto(`${app.url.replace(/\/$/, '')}${SUB_PATH}?${QUERY}&mode=embed&title=0`);
      await page.waitForSelector('html[data-map-state="ready"]', { state: 'attached' });
      expect(await page.locator('.embed__title').count()).toBe(0);
      expect(await page.locator('.embed__full-map').isVisible()).toBe(true);
      const link = new URL((await page.locator('.embed__full-map').getAttribute('href'))!);
      expect(link.searchParams.get('title')).toBe('0');
    } finally {
      await context.close();
    }
  });
});

describe('the embedded legend', () => {
  it('opens over the map from its toggle, inside the iframe', async () => {
    const { frame } = embeds.get(320)!;
    const toggle = frame.locator('.embed__legend-toggle');
    expect(await frame.locator('.embed__legend').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const legend = (await frame.locator('.embed__legend').boundingBox())!;
    const map = (await frame.locator('.embed__map').boundingBox())!;
    expect(legend.height).toBeGreaterThan(20);
    expect(legend.y + legend.height).toBeLessThanOrEqual(map.y + map.height + 0.5);
    await toggle.click();
    expect(await frame.locator('.embed__legend').isVisible()).toBe(false);
  });
});

describe('the wheel over the embedded map', () => {
  it('scrolls the article and shows the hint; with Ctrl it zooms the map', async () => {
    const { page, frame } = embeds.get(1000)!;
    const map = (await frame.locator('.embed__map').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    const zoomBefore = await frame.evaluate(() =>
      document.querySelector('.leaflet-proxy')?.getAttribute('style'),
    );
    await page.mouse.wheel(0, 200);
    await frame.waitForSelector('.embed__hint[data-visible="true"]');
    expect(await frame.locator('.embed__hint').textContent()).toMatch(
      /^Use (Ctrl|⌘) \+ scroll to zoom$/,
    );
    await page.waitForFunction(() => window.scrollY > 0);
    expect(
      await frame.evaluate(() => document.querySelector('.leaflet-proxy')?.getAttribute('style')),
    ).toBe(zoomBefore);

    const link = frame.locator('.embed__full-map');
    expect(new URL((await link.getAttribute('href'))!).searchParams.has('view')).toBe(false);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    // The reader's zoom reaches the link: the full map opens where they left the embed.
    await frame.waitForFunction(() =>
      new URL(document.querySelector<HTMLAnchorElement>('.embed__full-map')!.href).searchParams.has(
        'view',
      ),
    );
  });
});

describe('a finger on the embedded map, on a phone', () => {
  it('scrolls the article until a tap engages the map, then pans the map', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${host.url}w320.html`);
      const frame = await embedFrame(page);
      const cdp = await context.newCDPSession(page);
      const swipe = async (x: number, from: number, to: number) => {
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchStart',
          touchPoints: [{ x, y: from }],
        });
        for (let i = 1; i <= 10; i++) {
          const y = from + ((to - from) * i) / 10;
          await cdp.send('Input.dispatchTouchEvent', {
            type: 'touchMove',
            touchPoints: [{ x, y }],
          });
        }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      };
      const pane = () =>
        frame.evaluate(() => document.querySelector('.leaflet-map-pane')!.getAttribute('style'));
      let map = (await frame.locator('.embed__map').boundingBox())!;
      const before = await pane();
      await swipe(map.x + map.width / 2, map.y + map.height - 20, map.y + 40);
      expect(await frame.locator('.embed__hint').textContent()).toBe(
        'Tap the map to move it, or use two fingers',
      );
      // The page scrolled (with a fling): wait until it comes to rest.
      await page.waitForFunction(
        () => {
          const w = window as unknown as { lastY?: number };
          const resting = w.lastY === window.scrollY;
          w.lastY = window.scrollY;
          return resting && window.scrollY > 0;
        },
        undefined,
        { polling: 250 },
      );
      expect(await pane()).toBe(before);

      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForFunction(() => window.scrollY === 0);
      map = (await frame.locator('.embed__map').boundingBox())!;
      await page.touchscreen.tap(map.x + map.width / 2, map.y + map.height / 2);
      await frame.waitForSelector('.embed__map[data-active="true"]');
      await swipe(map.x + map.width / 2, map.y + map.height - 40, map.y + 60);
      await frame.waitForFunction(
        (style) => document.querySelector('.leaflet-map-pane')!.getAttribute('style') !== style,
        before,
      );
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    } finally {
      await context.close();
    }
  });
});
