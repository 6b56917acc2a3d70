// The URL is the state: a URL round-trips through reload, back and forward restore the
// controls, invalid values are ignored with a notice, and lang=id gives Indonesian with
// Intl-formatted dates and numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openMap, waitForMapState, type MapPage } from './harness.ts';
import { goTo, query, shownCount, tableRows } from './browseHelpers.ts';

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

/** What a reader sees of the state: ticked boxes, dates, period, language and the table. */
async function controls(page: Page) {
  return page.evaluate(() => {
    const values = (selector: string) =>
      [...document.querySelectorAll<HTMLInputElement>(selector)].map(
        (el) => `${el.value}:${el.checked}`,
      );
    const dates = [
      ...document.querySelectorAll<HTMLInputElement>('.timeline input[type=date]'),
    ].map((el) => el.value);
    const selects = [...document.querySelectorAll<HTMLSelectElement>('.panel select')].map(
      (el) => el.value,
    );
    const rows = [...document.querySelectorAll('.feature-table tbody tr')].map((tr) =>
      tr.getAttribute('data-id'),
    );
    return {
      layers: values('input[name=layer]'),
      actors: values('input[name=actor]'),
      dates,
      selects,
      rows,
    };
  });
}

describe('the URL is the state', () => {
  it('round-trips through reload: same URL, same controls, same table', async () => {
    await goTo(
      map.page,
      'layers=place,movement,flow,event&actors=RUS,PRK&from=2023-07-01&to=2023-07-27&period=2023&lang=en&theme=dark',
    );
    // Change one more thing through the UI, so the URL is the app's own, not only ours.
    await map.page.locator('input[name=layer][value=event]').uncheck();
    await map.page.waitForFunction(
      () => new URLSearchParams(location.search).get('layers') === 'place,movement,flow',
    );
    const url = map.page.url();
    const before = await controls(map.page);
    expect(before.rows.length).toBeGreaterThan(0);
    await map.page.reload();
    await waitForMapState(map.page);
    expect(map.page.url()).toBe(url);
    expect(await controls(map.page)).toEqual(before);
    expect(await map.page.getAttribute('html', 'data-theme')).toBe('dark');
  });

  it('back and forward restore the filters', async () => {
    await goTo(map.page, 'lang=en');
    const all = await controls(map.page);
    await map.page.locator('input[name=layer][value=flow]').uncheck();
    await map.page.waitForFunction(() => new URLSearchParams(location.search).has('layers'));
    const noFlows = await controls(map.page);
    await map.page.locator('input[name=actor][value=RUS]').uncheck();
    await map.page.waitForFunction(() => new URLSearchParams(location.search).has('actors'));
    const noRussia = await controls(map.page);
    expect(noRussia.rows.length).toBeLessThan(noFlows.rows.length);

    await map.page.goBack();
    await map.page.waitForFunction(() => !new URLSearchParams(location.search).has('actors'));
    expect(await controls(map.page)).toEqual(noFlows);
    await map.page.goBack();
    await map.page.waitForFunction(() => !new URLSearchParams(location.search).has('layers'));
    expect(await controls(map.page)).toEqual(all);
    await map.page.goForward();
    await map.page.waitForFunction(() => new URLSearchParams(location.search).has('layers'));
    expect(await controls(map.page)).toEqual(noFlows);
  });

  it('ignores invalid values with a small notice and still reaches ready', async () => {
    await goTo(map.page, 'layers=bogus&from=2023-13-45&actors=12&lang=en');
    expect(await map.page.getAttribute('html', 'data-map-state')).toBe('ready');
    const notice = map.page.locator('.notices');
    await expect(notice.textContent()).resolves.toContain('“bogus” for “layers”');
    await expect(notice.textContent()).resolves.toContain('“2023-13-45” for “from”');
    // The defaults stand in: every layer is on.
    expect(await map.page.locator('input[name=layer]:not(:checked)').count()).toBe(0);
    await map.page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
  });

  it('lang=id: Indonesian interface, Intl dates and numbers', async () => {
    await goTo(map.page, 'lang=id&to=2023-05-15&select=cn-kp-exports-2023-06');
    expect(await map.page.getAttribute('html', 'lang')).toBe('id');
    const count = await shownCount(map.page);
    await expect(map.page.locator('.shown-count').textContent()).resolves.toBe(
      `${count.shown} dari ${count.total} ditampilkan`,
    );
    await expect(map.page.locator('.panel').textContent()).resolves.toContain('Lapisan');
    // Indonesian month names through Intl: "Mei", not "May".
    await expect(map.page.locator('.timeline__as-of').textContent()).resolves.toBe(
      'Per 15 Mei 2023',
    );
    // A decimal comma and "jt" (juta) for millions.
    const value = (await map.page.locator('.details dd').allTextContents())
      .join(' | ')
      .replace(/[\u00a0\u202f]/g, ' ');
    expect(value).toContain('US$154,7 jt');
    expect(value).toContain('Juni 2023');
    expect(query(map.page).get('lang')).toBe('id');
    expect((await tableRows(map.page)).length).toBe(count.shown);
  });
});
