// Hostile URLs in Chromium: every line of the shared url-cases.txt (mapped to Tripoint's names,
// urlCases.ts), its large cases and 150 seeded random queries. Each must end `ready` — or
// `error` with a visible [role=alert] message when it asks for a story or ?data= file that
// can't load — and never: a blank page, an uncaught exception, a NaN map transform or view in
// the URL, a change to Object.prototype, a payload run, a navigation away, a .invalid request
// (except the ?data= URL the query itself names: fetching it is the reader's choice).
//
// Speed (the whole fuzz stays under 2 minutes on 2 cores): the same cases run in full and in
// microseconds through tests/unit/state/urlFuzz.test.ts. Here, a fresh page load (~1 s) is
// spent on one case per class — the first line of each "## " section of url-cases.txt — and
// on every 5th random query; every other case arrives the way back/forward brings it
// (history.pushState + popstate, which useUrlState listens to), on the same page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, openMap, type MapPage } from './harness.ts';
import { largeUrlCases, randomUrlCases, sharedUrlCases } from './urlCases.ts';

let browser: Browser;
let map: MapPage;
let prototypeNames = 0;
const pageErrors: string[] = [];
const invalidHostRequests: string[] = [];

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
  prototypeNames = await map.page.evaluate(
    () => Object.getOwnPropertyNames(Object.prototype).length,
  );
});
afterAll(async () => {
  await map?.close();
  await browser?.close();
});

/** The app's page, ending in '/'. */
const root = () => new URL('./', baseUrl()).href;
/** Over this length the test server refuses the request line: such cases arrive in-page. */
const MAX_FRESH_URL = 8000;
const asksToLoad = (query: string) => /(^|[?&])(data|story)=/.test(query.split('#')[0]!);

async function arrive(query: string, fresh: boolean): Promise<void> {
  const { page } = map;
  if (fresh && query.length < MAX_FRESH_URL) {
    await page.goto(`${root()}${query}`, { waitUntil: 'domcontentloaded' });
    return;
  }
  await page.evaluate(
    async ({ q, base }) => {
      history.pushState(null, '', new URL(q, base)); // resolved on the root: a hash-only case
      dispatchEvent(new PopStateEvent('popstate')); // must not keep the previous query
      // Let React render and the effects start their drawing before readiness is read.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    { q: query, base: root() },
  );
}

async function check(query: string, fresh: boolean): Promise<string | null> {
  const { page } = map;
  const errorsBefore = pageErrors.length;
  const invalidBefore = invalidHostRequests.length;
  await arrive(query, fresh);
  try {
    // Settled: a map on screen, and either `ready` or `error` with its message shown (a
    // failed ?data= may say so before the map's code has arrived: wait for the map too).
    await page.waitForFunction(
      () => {
        const state = document.documentElement.dataset.mapState;
        const alert = [...document.querySelectorAll('[role=alert]')].some(
          (e) => (e.textContent ?? '').trim() !== '',
        );
        return (
          document.querySelector('.leaflet-container') !== null &&
          (state === 'ready' || (state === 'error' && alert))
        );
      },
      null,
      { timeout: 20_000 },
    );
  } catch {
    return `never settled (${await page.getAttribute('html', 'data-map-state')})`;
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
    // The map's position is in its panes' transforms: NaN there is a NaN view.
    nanTransform: [...document.querySelectorAll<HTMLElement>('.leaflet-pane, .leaflet-proxy')]
      .map((e) => `${e.style.transform} ${e.style.left} ${e.style.top}`)
      .find((t) => /NaN|Infinity/.test(t)),
    prototypeNames: Object.getOwnPropertyNames(Object.prototype).length,
    polluted: ['polluted', 'isAdmin'].filter((k) => k in {}),
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
    facts.state === 'error' && !asksToLoad(query) && `error for a query that loads nothing`,
    facts.nanTransform && `map transform ${facts.nanTransform}`,
    /NaN|Infinity/.test(view) && `view in the URL is ${view}`,
    (facts.prototypeNames !== prototypeNames || facts.polluted.length > 0) &&
      'Object.prototype changed',
    facts.pwned !== undefined && 'payload ran',
    !facts.href.startsWith(root()) && `navigated to ${facts.href}`,
    !/(^|[?&])data=/.test(query) &&
      invalidHostRequests.length > invalidBefore &&
      `asked ${invalidHostRequests.slice(invalidBefore).join(', ')}`,
  ].filter(Boolean);
  return problems.length ? problems.join(' | ') : null;
}

async function run(cases: { query: string; fresh: boolean }[]): Promise<string[]> {
  const failures: string[] = [];
  for (const { query, fresh } of cases) {
    const problem = await check(query, fresh);
    if (problem) failures.push(`${query.slice(0, 120)} -> ${problem}`);
  }
  return failures;
}

describe('hostile URLs', () => {
  it('every line of url-cases.txt: the first of each section fresh, the rest in-page', async () => {
    const sections = new Set<string>();
    const cases = sharedUrlCases().map(({ query, section }) => {
      const fresh = !sections.has(section);
      sections.add(section);
      return { query, fresh };
    });
    // The file's large cases (a 1.5 MB title stays under Chromium's 2 MB URL limit).
    for (const query of largeUrlCases(1_500_000)) cases.push({ query, fresh: false });
    expect(cases.filter((c) => c.fresh).length).toBeGreaterThan(10);
    expect(await run(cases)).toEqual([]);
  }, 120_000);

  it('150 seeded random queries: every 5th fresh', async () => {
    const cases = randomUrlCases(150).map((query, i) => ({ query, fresh: i % 5 === 0 }));
    expect(await run(cases)).toEqual([]);
  }, 120_000);

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
