// Shared reads of the browse view for browser tests: the table's rows, the count, the seed story.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { baseUrl, waitForMapState } from './harness.ts';
import type { StoryCollection, TripointFeature } from '../../src/story/types.ts';

export interface Row {
  kind: string;
  id: string;
}

export function seedStory(): StoryCollection {
  const file = resolve(import.meta.dirname, '../../geo/victory-day-2023.geojson');
  return JSON.parse(readFileSync(file, 'utf8')) as StoryCollection;
}

export function featureById(story: StoryCollection): Map<string, TripointFeature> {
  return new Map(story.features.map((f) => [f.properties.id, f]));
}

/** The table's body rows, read from the DOM (the table may be collapsed). */
export function tableRows(page: Page): Promise<Row[]> {
  return page.$$eval('.feature-table tbody tr', (rows) =>
    rows.map((row) => ({
      kind: row.getAttribute('data-kind') ?? '',
      id: row.getAttribute('data-id') ?? '',
    })),
  );
}

export async function shownCount(page: Page): Promise<{ shown: number; total: number }> {
  const count = page.locator('.shown-count');
  return {
    shown: Number(await count.getAttribute('data-shown')),
    total: Number(await count.getAttribute('data-total')),
  };
}

/** Kinds of the features drawn on the map (the focusable main element of each). */
export function drawnKinds(page: Page): Promise<string[]> {
  return page.$$eval('.leaflet-container [data-feature-id][data-kind]', (els) => [
    ...new Set(els.map((el) => el.getAttribute('data-kind') ?? '')),
  ]);
}

/** Opens a query in an existing page and waits until the map is ready. */
export async function goTo(page: Page, query: string): Promise<void> {
  await page.goto(`${baseUrl()}${query ? `?${query.replace(/^\?/, '')}` : ''}`);
  await waitForMapState(page);
}

export function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
