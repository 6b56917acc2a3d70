// A story with hundreds of flows (below the fast path) labels only the most telling of them,
// not every arc, and a selected flow shows its label even when it is not among them.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { syntheticStory, writeSyntheticStory } from '../../scripts/bench/syntheticStory.ts';
import { MAX_FLOW_LABELS } from '../../src/layers/flowLabels.ts';
import { launchBrowser } from './harness.ts';

const FLOWS = 400;
const SEED = 11;
let tmp: string;
let server: StaticServer;
let browser: Browser;
let page: Page;

async function open(query: string): Promise<void> {
  await page.goto(`${server.url}?story=synthetic-${FLOWS}&${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, {
    timeout: 60_000,
  });
}

beforeAll(async () => {
  const dist = resolve(import.meta.dirname, '../..', process.env.TRIPOINT_DIST ?? 'dist');
  tmp = mkdtempSync(join(tmpdir(), 'tripoint-flow-labels-'));
  for (const name of readdirSync(join(dist, 'geo')))
    copyFileSync(join(dist, 'geo', name), join(tmp, name));
  writeSyntheticStory(tmp, FLOWS, SEED);
  server = await startStaticServer({ root: dist, mounts: { '/geo/': tmp } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe(`a story of ${FLOWS} flows`, () => {
  it(`draws every flow but creates at most ${MAX_FLOW_LABELS} value labels`, async () => {
    await open('');
    expect(await page.locator('path[data-kind="flow"]').count()).toBeGreaterThan(MAX_FLOW_LABELS);
    const labels = await page.locator('.tp-flow-label').count();
    expect(labels).toBeGreaterThan(0);
    expect(labels).toBeLessThanOrEqual(MAX_FLOW_LABELS);
  }, 60_000);

  it("shows a selected flow's label even when it is not among the labelled ones", async () => {
    // The smallest flow is never among the largest: its label exists only when selected.
    const flows = syntheticStory(FLOWS, SEED).features.filter((f) => f.properties.kind === 'flow');
    const smallest = flows.reduce((a, b) =>
      (a.properties as { value: number }).value <= (b.properties as { value: number }).value
        ? a
        : b,
    ).properties.id;
    const label = page.locator(`.tp-flow-label[data-label-id="${smallest}"]`);
    await open('');
    expect(await label.count()).toBe(0);
    await open(`select=${encodeURIComponent(String(smallest))}`);
    expect(await label.count()).toBe(1);
  }, 60_000);
});
