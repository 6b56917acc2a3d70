// Browse filters in Chromium on the seed story: layers, actors, one day, the count, reset,
// and filtering never moving the view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openMap, type MapPage } from './harness.ts';
import {
  drawnKinds,
  featureById,
  goTo,
  query,
  seedStory,
  shownCount,
  tableRows,
} from './browseHelpers.ts';
import type { TripointFeature } from '../../src/story/types.ts';

const story = seedStory();
const byId = featureById(story);
const countryOfPlace = (id: string) => {
  const place = byId.get(id);
  return place?.properties.kind === 'place' ? place.properties.country : undefined;
};

/** A day a feature covers: [first, last] as ISO dates (periods and partial dates widened). */
function coversDay(feature: TripointFeature, day: string): boolean {
  const p = feature.properties;
  const within = (value: string) => day.startsWith(value) || value === day;
  switch (p.kind) {
    case 'movement':
      return p.start <= day && day <= p.end;
    case 'event':
      return within(p.date);
    case 'flow':
      return within(p.period);
    case 'claim':
      return p.date !== undefined && within(p.date);
    default:
      return true;
  }
}

let browser: Browser;
let map: MapPage;

beforeAll(async () => {
  browser = await launchBrowser();
  map = await openMap(browser, '', { viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await map?.close();
  await browser?.close();
});

describe('browse filters', () => {
  it('shows every kind by default, and the count equals the table', async () => {
    const rows = await tableRows(map.page);
    const count = await shownCount(map.page);
    expect(count.total).toBe(story.features.length);
    expect(rows.length).toBe(count.shown);
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(['place', 'movement', 'flow', 'event', 'claim']),
    );
    await expect(map.page.locator('.shown-count').textContent()).resolves.toBe(
      `${count.shown} of ${count.total} shown`,
    );
  });

  it('?layers=place shows no arcs: only places in the table and on the map', async () => {
    await goTo(map.page, 'layers=place');
    const rows = await tableRows(map.page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.kind === 'place')).toBe(true);
    const kinds = await drawnKinds(map.page);
    for (const arc of ['movement', 'flow', 'claim']) expect(kinds).not.toContain(arc);
    expect(await map.page.locator('input[name=layer][value=movement]').isChecked()).toBe(false);
  });

  it("?actors=CHN shows only China's movements and flows", async () => {
    await goTo(map.page, 'actors=CHN');
    const rows = await tableRows(map.page);
    const movements = rows.filter((r) => r.kind === 'movement');
    const flows = rows.filter((r) => r.kind === 'flow');
    expect(movements.length).toBeGreaterThan(0);
    expect(flows.length).toBeGreaterThan(0);
    for (const row of movements)
      expect(byId.get(row.id)?.properties).toMatchObject({ actor: 'CHN' });
    for (const row of flows) {
      const p = byId.get(row.id)!.properties as {
        actor?: string;
        from: string;
        to: string;
        two_way?: boolean;
      };
      const parties = p.two_way
        ? [p.actor, countryOfPlace(p.from), countryOfPlace(p.to)]
        : [p.actor ?? countryOfPlace(p.from)];
      expect(parties).toContain('CHN');
    }
    expect((await shownCount(map.page)).shown).toBe(rows.length);
    // Only China's box is ticked.
    const ticked = await map.page.$$eval('input[name=actor]:checked', (els) =>
      els.map((el) => (el as HTMLInputElement).value),
    );
    expect(ticked).toEqual(['CHN']);
  });

  it('?from=2023-07-26&to=2023-07-26 shows only what happened that day', async () => {
    await goTo(map.page, 'from=2023-07-26&to=2023-07-26');
    const rows = (await tableRows(map.page)).filter((r) => r.kind !== 'place');
    expect(rows.some((r) => r.kind === 'event')).toBe(true);
    expect(rows.some((r) => r.kind === 'movement')).toBe(true);
    for (const row of rows) expect(coversDay(byId.get(row.id)!, '2023-07-26'), row.id).toBe(true);
    // Events of the day before and after are gone.
    const others = story.features.filter(
      (f) => f.properties.kind === 'event' && /^2023-07-2[57]$/.test(f.properties.date),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const f of others) expect(rows.map((r) => r.id)).not.toContain(f.properties.id);
    await expect(map.page.locator('.timeline__as-of').textContent()).resolves.toBe(
      'As of 26 Jul 2023',
    );
  });

  it('a click on a toggle updates the table and the URL without moving the view', async () => {
    await goTo(map.page, '');
    const before = await map.page.evaluate(() =>
      document.querySelector('.leaflet-map-pane')?.getAttribute('style'),
    );
    await map.page.locator('input[name=layer][value=flow]').uncheck();
    await map.page.waitForFunction(
      () => !document.querySelector('.feature-table tbody tr[data-kind=flow]'),
    );
    expect(query(map.page).get('layers')).toBe('place,movement,event,claim');
    expect(await drawnKinds(map.page)).not.toContain('flow');
    const after = await map.page.evaluate(() =>
      document.querySelector('.leaflet-map-pane')?.getAttribute('style'),
    );
    expect(after).toBe(before);
  });

  it('picks a trade period: only that period’s flows', async () => {
    await goTo(map.page, '');
    await map.page.locator('.filter-group select').first().selectOption('2022');
    await map.page.waitForFunction(
      () => new URLSearchParams(location.search).get('period') === '2022',
    );
    const flows = (await tableRows(map.page)).filter((r) => r.kind === 'flow');
    expect(flows.length).toBeGreaterThan(0);
    for (const row of flows) expect(byId.get(row.id)?.properties).toMatchObject({ period: '2022' });
  });

  it('reset brings every filter back', async () => {
    await goTo(map.page, 'layers=place&actors=RUS&from=2023-07-25&period=2022');
    await map.page.getByRole('button', { name: 'Reset filters' }).click();
    await map.page.waitForFunction(() =>
      ['layers', 'actors', 'from', 'to', 'period'].every(
        (name) => !new URLSearchParams(location.search).has(name),
      ),
    );
    const count = await shownCount(map.page);
    expect((await tableRows(map.page)).length).toBe(count.shown);
    expect(await map.page.locator('input[name=actor]:not(:checked)').count()).toBe(0);
  });
});
