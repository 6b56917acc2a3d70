// WORK IN PROGRESS (not run by the suite: the name does not end in .test.ts). See issue #7 report:
// the last runs were disturbed by dist/ being rebuilt concurrently; rename to urlFuzz.test.ts once it passes.
// Hostile URLs: every line of the shared url-cases.txt (mapped to Tripoint's parameter
// names) and a seeded random set. Each must end `ready` (or `error` with a visible message
// for data it cannot load): never a blank page, an uncaught exception, a NaN view, a change
// to Object.prototype, a payload run or a navigation away. One page. A fresh load costs
// ~1 s of app start-up, so most cases arrive the way back/forward brings them (pushState +
// popstate, which the URL hook handles); every 4th case, every ?data= case and any case
// that ends in `error` is also opened as a fresh page load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, openMap, type MapPage } from './harness.ts';
import { randomUrlCases, sharedUrlCases } from './urlCases.ts';

let browser: Browser;
let map: MapPage;
const pageErrors: string[] = [];
const invalidHostRequests: string[] = [];
const broken: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  map = await openMap(browser, '');
  const origin = new URL(baseUrl()).origin;
  map.page.on('pageerror', (error) => pageErrors.push(error.message));
  // Nothing leaves the machine: other origins are refused, and noted when they are .invalid.
  await map.page.route(
    (url) => url.origin !== origin,
    (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname.endsWith('.invalid')) invalidHostRequests.push(route.request().url());
      return route.abort();
    },
  );
});
afterAll(async () => {
  await map?.close();
  await browser?.close();
});

/** The app's page, ending in '/'. */
const root = () => new URL('./', baseUrl()).href;

async function arrive(query: string, fresh: boolean): Promise<void> {
  const { page } = map;
  if (fresh) {
    await page.goto(`${root()}${query}`, { waitUntil: 'domcontentloaded' });
    return;
  }
  await page.evaluate(async (q) => {
    history.pushState(null, '', new URL(q, location.href));
    dispatchEvent(new PopStateEvent('popstate'));
    // Let React render and the effects start their drawing before readiness is read.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, query);
}

/** Over this length the test server refuses the request line; such cases arrive in-page only. */
const MAX_FRESH_URL = 8000;

async function check(query: string, fresh: boolean): Promise<string | null> {
  const first = await checkOnce(query, fresh && query.length < MAX_FRESH_URL);
  // An error in-page may be a previous case's: confirm it on a fresh load.
  if (first === 'error-state' && !fresh && query.length < MAX_FRESH_URL)
    return checkOnce(query, true);
  return first === 'error-state' ? null : first;
}

async function checkOnce(query: string, fresh: boolean): Promise<string | null> {
  const { page } = map;
  const errorsBefore = pageErrors.length;
  const invalidBefore = invalidHostRequests.length;
  await arrive(query, fresh);
  try {
    await page.waitForSelector('html[data-map-state="ready"], html[data-map-state="error"]', {
      timeout: 20_000,
      state: 'attached',
    });
  } catch {
    return `never left loading (${await page.getAttribute('html', 'data-map-state')})`;
  }
  const facts = await page.evaluate(() => ({
    state: document.documentElement.dataset.mapState,
    alert: [...document.querySelectorAll('[role=alert]')]
      .map((e) => e.textContent ?? '')
      .join(' ')
      .trim(),
    map: document.querySelectorAll('.leaflet-container').length,
    text: (document.body.textContent ?? '').trim().length,
    href: location.href,
    polluted:
      Object.keys(Object.prototype).length + ['polluted', 'isAdmin'].filter((k) => k in {}).length,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
  }));
  // Only a view the app wrote counts: the query's own bad value may stay until the next write.
  const given = new URLSearchParams(query.split('#')[0]).get('view');
  const written = new URL(facts.href).searchParams.get('view');
  const view = written !== null && written !== given ? written : '';
  const problems = [
    pageErrors.length > errorsBefore && `uncaught: ${pageErrors.slice(errorsBefore).join('; ')}`,
    facts.map === 0 && 'no map (blank page?)',
    facts.text === 0 && 'no text at all',
    facts.state === 'error' && facts.alert === '' && 'error state without a message',
    /NaN|Infinity/.test(view) && `view in the URL is ${view}`,
    facts.polluted > 0 && 'Object.prototype changed',
    facts.pwned !== undefined && 'payload ran',
    !facts.href.startsWith(baseUrl()) && `navigated to ${facts.href}`,
    !/(^|[?&])data=/.test(query) &&
      invalidHostRequests.length > invalidBefore &&
      `asked ${invalidHostRequests.slice(invalidBefore).join(', ')}`,
  ].filter(Boolean);
  if (problems.length) return problems.join(' | ');
  return facts.state === 'error' ? 'error-state' : null;
}

async function run(queries: string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const [i, query] of queries.entries()) {
    const fresh = i % 4 === 0 || /(^|[?&])data=/.test(query);
    const problem = await check(query, fresh);
    if (problem) failures.push(`${query.slice(0, 120)} -> ${problem}`);
  }
  return failures;
}

describe('hostile URLs', () => {
  it('every line of url-cases.txt, mapped to Tripoint parameters', async () => {
    const cases = sharedUrlCases().map((c) => c.query);
    cases.push(
      `?title=${'A'.repeat(1_500_000)}`,
      `?${Array.from({ length: 10_000 }, (_, i) => `p${i}=${i}`).join('&')}`,
    );
    broken.push(...(await run(cases)));
    expect(broken).toEqual([]);
  }, 180_000);

  it('150 seeded random queries', async () => {
    expect(await run(randomUrlCases(150))).toEqual([]);
  }, 180_000);

  it("the reader's view survives a round trip: finite numbers in the rewritten URL", async () => {
    await map.page.goto(`${root()}?view=1e308,1e308,1e308`);
    await map.page.waitForSelector('html[data-map-state="ready"]', { state: 'attached' });
    await map.page.mouse.move(700, 400);
    await map.page.mouse.wheel(0, -300);
    await map.page.waitForFunction(() => new URL(location.href).searchParams.has('view'));
    const view = new URL(map.page.url()).searchParams.get('view')!.split(',').map(Number);
    expect(view.every(Number.isFinite)).toBe(true);
  });
});
