// The shared GeoJSON corpus (and Tripoint's own hostile fixtures) through the app in
// Chromium, on one page, via the "Open data…" file input: every `reject` file is refused
// with its problem named as text, the map keeps what it had and the URL stays; every
// `accept` file is drawn. No uncaught exception, no prototype pollution, ever.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openMap, waitForMapState, type MapPage } from './harness.ts';
import { openFile, pageFacts } from './hostileLoad.ts';
import {
  GEOJSON_DIR,
  HOSTILE_FIXTURES,
  readManifest,
  REJECT_KEYWORDS,
} from '../unit/load/corpusPaths.ts';

let browser: Browser;
let map: MapPage;
let generated: string;
const pageErrors: string[] = [];
const QUERY = '?layers=place,movement&theme=light';

beforeAll(async () => {
  generated = mkdtempSync(join(tmpdir(), 'tripoint-browser-corpus-'));
  const script = resolve(GEOJSON_DIR, 'generators/generate.mjs');
  for (const [mode, size] of [
    ['huge-coordinates', '100000'],
    ['deep-nesting', '100000'],
    ['many-features', '10000'],
    ['many-features', '1000000'],
  ]) {
    execFileSync('node', [script, mode!, size!, generated], { stdio: 'ignore' });
  }
  browser = await launchBrowser();
  map = await openMap(browser, QUERY);
  map.page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterAll(async () => {
  await map?.close();
  await browser?.close();
  rmSync(generated, { recursive: true, force: true });
});

const corpus = readManifest(GEOJSON_DIR).filter((entry) => !entry.generator);

describe('the GeoJSON corpus through the file input', () => {
  it('loads a first file that later refusals must not replace', async () => {
    const outcome = await openFile(
      map.page,
      resolve(GEOJSON_DIR, 'boundary-coordinates.geojson'),
      'boundary-coordinates.geojson',
    );
    expect(outcome.accepted).toBe(true);
    expect((await pageFacts(map.page)).otherShapes).toBeGreaterThan(0);
  });

  it.each(corpus)('$file: $expect', async (entry) => {
    const before = await pageFacts(map.page);
    const loadedBefore = await map.page.getAttribute('[data-testid=user-data]', 'data-loaded');
    const outcome = await openFile(map.page, resolve(GEOJSON_DIR, entry.file), entry.file);
    const after = await pageFacts(map.page);
    expect(outcome.accepted ? 'accept' : 'reject').toBe(entry.expect);
    if (entry.expect === 'reject') {
      expect(outcome.report).toMatch(REJECT_KEYWORDS[entry.file]!);
      expect(await map.page.getAttribute('[data-testid=user-data]', 'data-loaded')).toBe(
        loadedBefore,
      );
      expect(after.otherShapes).toBe(before.otherShapes);
      expect(after.href).toBe(before.href);
    } else {
      expect(after.otherShapes).toBeGreaterThan(0);
      if (entry.warn) expect(outcome.report).toMatch(/loaded with/);
    }
    expect(after.polluted).toEqual([undefined, undefined, undefined]);
    expect(pageErrors).toEqual([]);
  });

  it.each([
    ['huge-coordinates-array-100k.geojson', true],
    ['many-features-10k.geojson', true],
    ['deep-nesting-100k.geojson', false],
    ['many-features-1m.geojson', false],
  ])('generated %s: accepted=%s', async (name, accepted) => {
    const outcome = await openFile(map.page, join(generated, name), name);
    expect(outcome.accepted, outcome.report).toBe(accepted);
    if (!accepted)
      expect(outcome.report).toMatch(/nested more than 4 arrays|Tripoint loads files up to 50/);
    expect(pageErrors).toEqual([]);
  });

  it("refuses and loads Tripoint's own hostile fixtures", async () => {
    for (const [name, accepted] of [
      ['utf16be-no-bom.geojson', false],
      ['tripoint-movement-null-geometry.geojson', true],
    ] as const) {
      const outcome = await openFile(map.page, resolve(HOSTILE_FIXTURES, name), name);
      expect(outcome.accepted, outcome.report).toBe(accepted);
    }
    // The movement's derived arc reaches the story layers' table.
    expect(await map.page.locator('tr[data-kind="movement"][data-id="m1"]').count()).toBe(1);
  });

  it('keeps the URL state it was given', () => {
    expect(new URL(map.page.url()).searchParams.get('layers')).toBe('place,movement');
  });
});

describe('?data= URLs', () => {
  it('draws an accepted file and reaches ready', async () => {
    await map.page.goto(
      `${new URL(map.page.url()).origin}/?data=test-material/geojson/multipolygon-antimeridian-cut.geojson`,
    );
    await waitForMapState(map.page, 'ready');
    expect((await pageFacts(map.page)).otherShapes).toBeGreaterThan(0);
  });

  it('refuses a bad file with a visible message, in the error state, keeping the URL', async () => {
    const url = `${new URL(map.page.url()).origin}/?data=test-material/geojson/lon-out-of-range.geojson`;
    await map.page.goto(url);
    await waitForMapState(map.page, 'error');
    expect(await map.page.locator('[data-testid=load-refusal]').textContent()).toMatch(
      /longitude 540\.5 is out of range/,
    );
    expect(map.page.url()).toBe(url);
    expect(pageErrors).toEqual([]);
  });
});
