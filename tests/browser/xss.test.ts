// Script injection: the shared XSS corpus's strings must show as exactly themselves, as text,
// in every place the app shows data — header, legend, table, details, map labels, tooltips,
// refusal and error messages, the report's sources line, report and embed modes — and none
// may run (each sets window.__pwned), make a link other than http(s), ask a `.invalid` host,
// open a dialog or a window, or navigate the page away. Two inputs:
// - a Tripoint-profile story built from the payloads (xssStory.ts), served same-origin and
//   loaded through ?data= (browse, report, embed) and the file picker;
// - the corpus files themselves (plain GeoJSON, drawn in the "Other" layer) through the file
//   picker, a few also through ?data=.
// The same page also records Content-Security-Policy violations: there must be none, in any
// mode or input path.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, waitForMapState } from './harness.ts';
import { openFile } from './hostileLoad.ts';
import { guardPage, injectedMarkup, type Guard } from './xssGuard.ts';
import { payloadStory, readXssManifest, XSS_DIR } from './xssStory.ts';

let browser: Browser;
let context: BrowserContext;
let guard: Guard;
let page: Page;
let tmp: string;
const pageErrors: string[] = [];
const story = payloadStory();
const STORY_URL = 'xss-story.geojson';
/** Documents the test opened, and documents the page loaded: the same, or a payload navigated. */
const opened: string[] = [];
const navigations: string[] = [];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'tripoint-xss-'));
  writeFileSync(join(tmp, 'payload-story.geojson'), story.json);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  guard = await guardPage(context);
  page = guard.page;
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('load', () => navigations.push(page.url()));
  const origin = new URL(baseUrl()).origin;
  // The payload story, same-origin: what a newsroom would host beside the app.
  await context.route(`${origin}/${STORY_URL}`, (route) =>
    route.fulfill({ body: story.json, contentType: 'application/geo+json' }),
  );
  // Nothing leaves the machine (the .invalid requests are still recorded by the guard).
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function open(query: string, state: 'ready' | 'error' = 'ready'): Promise<void> {
  await guard.violations(); // collect the document being left
  const url = `${baseUrl()}${query}`;
  opened.push(url);
  await page.goto(url, { waitUntil: 'load' });
  await waitForMapState(page, state);
}

const text = (selector: string) => page.locator(selector).first().textContent();
const texts = (selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? ''));

async function expectNothingRan(): Promise<void> {
  const markup = await injectedMarkup(page);
  expect(markup.pwned, `payload ${String(markup.pwnedBy)} ran`).toBeUndefined();
  expect(markup.onAttributes).toEqual([]);
  expect(markup.elements).toEqual([]);
  expect(markup.badLinks).toEqual([]);
  expect(markup.unsafeNewTabs).toEqual([]);
  expect(markup.polluted).toBeUndefined();
  // Still the app's page: the query may be rewritten by the app, the document may not change.
  const here = new URL(page.url());
  expect(here.origin + here.pathname).toBe(new URL(baseUrl()).href.replace(/\/?$/, '/'));
  expect(opened.length).toBe(navigations.length);
  expect(guard.invalidRequests).toEqual([]);
  expect(guard.dialogs).toEqual([]);
  expect(guard.popups).toEqual([]);
  expect(pageErrors).toEqual([]);
}

/** Dispatches hover and click on every drawn feature; returns the details title per id. */
async function exerciseMapFeatures(): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  const ids = await page
    .locator('.tp-feature[data-feature-id]')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-feature-id')!))]);
  for (const id of ids) {
    const feature = page.locator(`.tp-feature[data-feature-id="${id}"]`).first();
    await feature.dispatchEvent('mouseover');
    await feature.dispatchEvent('mouseout');
    await feature.dispatchEvent('click');
    const details = page.locator(`.details[data-feature-id="${id}"] .details__title`);
    if ((await details.count()) > 0) titles.set(id, (await details.textContent()) ?? '');
  }
  return titles;
}

describe('a story made of payloads, through ?data=', () => {
  it('shows title, dek and credits as exactly their text', async () => {
    await open(`?data=${STORY_URL}&period=all`);
    expect(await text('.story-header__title')).toBe(story.title);
    expect(await text('.story-header__dek')).toBe(story.dek);
    expect(await text('.story-header__credits')).toBe(story.credits);
    await expectNothingRan();
  });

  it('shows every name in the table as text', async () => {
    await page.locator('details.feature-table > summary').click();
    const rows = await page
      .locator('tr[data-kind][data-id]')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-id')!, tr.querySelector('td')!.textContent ?? '']),
      );
    expect(rows.length).toBeGreaterThan(20);
    for (const [id, name] of rows) expect(name, id).toBe(story.byId.get(id!)!.name);
    await expectNothingRan();
  });

  it('shows the flow unit in the legend and names on the map labels', async () => {
    expect((await texts('.legend__item--tick')).some((t) => t.includes(story.unit))).toBe(true);
    const labels = await texts('.place-label__name');
    const names = [...story.byId.values()].filter((f) => f.kind === 'place').map((f) => f.name);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(names).toContain(label);
    const ariaLabels = await page
      .locator('.tp-feature[data-feature-id]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-feature-id')!, e.getAttribute('aria-label')!]),
      );
    for (const [id, label] of ariaLabels) expect(label).toContain(story.byId.get(id!)!.name);
    await expectNothingRan();
  });

  it('opens every details view from the table: name, people, note, publishers as text', async () => {
    const ids = await page
      .locator('tr[data-kind][data-id]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!));
    for (const id of ids) {
      await page.locator(`tr[data-id="${id}"] button.link-button`).click();
      const details = page.locator(`.details[data-feature-id="${id}"]`);
      await details.waitFor({ state: 'attached' });
      const expected = story.byId.get(id)!;
      expect(await details.locator('.details__title').textContent()).toBe(expected.name);
      const all = (await details.textContent()) ?? '';
      for (const part of [expected.note, ...expected.people, ...expected.publishers])
        expect(all, `${id}: ${part}`).toContain(part);
      const sources = await details
        .locator('.sources a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of sources) expect(new URL(href).protocol).toBe('https:');
    }
    await expectNothingRan();
  });

  it('hovers and clicks every feature on the map: the details it opens name it', async () => {
    const titles = await exerciseMapFeatures();
    expect(titles.size).toBeGreaterThan(5);
    for (const [id, title] of titles) expect(title).toBe(story.byId.get(id)!.name);
    await expectNothingRan();
  });

  it('report mode: header, legend and the sources line as text', async () => {
    await open(`?data=${STORY_URL}&period=all&mode=report`);
    expect(await text('.story-header__title')).toBe(story.title);
    const sourcesLine = (await text('.report__sources')) ?? '';
    const publishers = [...story.byId.values()].flatMap((f) => f.publishers);
    expect(publishers.some((p) => sourcesLine.includes(p))).toBe(true);
    expect((await texts('.legend__item--tick')).some((t) => t.includes(story.unit))).toBe(true);
    expect(await page.locator('.report__alt').textContent()).toContain(story.title);
    await expectNothingRan();
  });

  it('embed mode: title and legend as text; every feature clicked', async () => {
    await open(`?data=${STORY_URL}&period=all&mode=embed`);
    expect(await text('.embed__title')).toBe(story.title);
    await page.locator('.embed__legend-toggle').click();
    expect((await texts('.legend__item--tick')).some((t) => t.includes(story.unit))).toBe(true);
    await exerciseMapFeatures();
    await expectNothingRan();
  });
});

describe('a story made of payloads, through the file picker', () => {
  it('shows the title and table as text', async () => {
    await open('?layers=place,movement');
    const outcome = await openFile(
      page,
      join(tmp, 'payload-story.geojson'),
      'payload-story.geojson',
    );
    expect(outcome.accepted, outcome.report).toBe(true);
    expect(await text('.story-header__title')).toBe(story.title);
    const names = await texts('tr[data-kind][data-id] td:first-child');
    expect(names.length).toBeGreaterThan(5);
    await exerciseMapFeatures();
    await expectNothingRan();
  });
});

const manifest = readXssManifest();
/** What the Other layer shows as a feature's label (OtherLayer.otherFeatureLabel). */
function otherLabel(props: Record<string, unknown>, id: unknown): string {
  for (const key of ['name', 'title', 'label', 'id']) {
    const value = props[key];
    if (typeof value === 'string' && value.trim() !== '') return value.slice(0, 200);
  }
  return String(id);
}

describe('the corpus files, drawn as plain GeoJSON', () => {
  it.each(manifest.files.map((f) => f.file))('%s', async (file) => {
    const json = JSON.parse(readFileSync(resolve(XSS_DIR, file), 'utf8')) as {
      features: { id: unknown; properties: Record<string, unknown> }[];
    };
    const outcome = await openFile(page, resolve(XSS_DIR, file), file);
    const payloads = manifest.payloads.filter((p) => p.file === file).map((p) => p.payload);
    if (!outcome.accepted) {
      // Refused (a payload as geometry type): the message quotes it as text.
      const refusal = (await text('[data-testid=load-refusal]')) ?? '';
      for (const payload of payloads) expect(refusal).toContain(payload);
      await expectNothingRan();
      return;
    }
    const shapes = page.locator('.leaflet-other-pane path');
    const count = await shapes.count();
    expect(count).toBe(json.features.length);
    const tooltips: string[] = [];
    const details: string[][][] = [];
    for (let i = 0; i < count; i++) {
      // A synthetic mouseout leaves the tooltip open: the newest one (last) is this shape's.
      await shapes.nth(i).dispatchEvent('mouseover');
      tooltips.push(
        (await page.locator('.leaflet-tooltip .other-tooltip').last().textContent()) ?? '',
      );
      await shapes.nth(i).dispatchEvent('click');
      details.push(
        await page
          .locator('[data-testid=other-details] .other-details__row')
          .evaluateAll((rows) =>
            rows.map((r) => [
              r.querySelector('dt')!.textContent!,
              r.querySelector('dd')!.textContent!,
            ]),
          ),
      );
    }
    // Shapes are drawn in file order: each tooltip and details list matches its feature.
    json.features.forEach((feature, i) => {
      expect(tooltips[i]).toBe(otherLabel(feature.properties, feature.id));
      const shown = Object.entries(feature.properties).map(([k, v]) => [
        k,
        typeof v === 'string' ? v : JSON.stringify(v),
      ]);
      expect(details[i]).toEqual(shown);
    });
    await expectNothingRan();
  });

  it.each([
    'polyglot.geojson',
    'url-javascript-scheme-variants.geojson',
    'payload-in-layer-name-and-attribution.geojson',
  ])('%s through ?data=: loaded, nothing ran', async (file) => {
    await open(`?data=test-material/xss/${file}`);
    expect(await page.locator('.leaflet-other-pane path').count()).toBeGreaterThan(0);
    await expectNothingRan();
  });

  it('a refused file through ?data=: the alert quotes the payload as text', async () => {
    const file = 'payload-in-geometry-type-for-error-messages.geojson';
    await open(`?data=test-material/xss/${file}`, 'error');
    const payload = manifest.payloads.find((p) => p.file === file)!.payload;
    expect((await texts('[role=alert]')).join(' ')).toContain(payload);
    await expectNothingRan();
  });
});

describe('Content-Security-Policy', () => {
  it('the built page forbids inline and eval scripts', async () => {
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const scriptSrc = /script-src([^;]*)/.exec(policy ?? '')?.[1] ?? '';
    expect(scriptSrc.trim()).toBe("'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(policy).toMatch(/object-src 'none'/);
  });

  // The guard has counted every document of this file: the payload story and the corpus
  // through ?data= and the file picker in browse, report and embed. Plus the plain modes:
  it('no violation in browse, report and embed, from ?data= or the file picker', async () => {
    for (const query of [
      '',
      '?mode=report',
      '?mode=embed',
      '?mode=report&data=test-material/geojson/multipolygon-antimeridian-cut.geojson',
    ])
      await open(query);
    expect(await guard.violations()).toEqual([]);
  });

  it('the recorder works: an inline script is refused and counted', async () => {
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = "inline"';
      document.body.append(script);
    });
    await expect.poll(async () => (await guard.violations()).length).toBe(1);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});
