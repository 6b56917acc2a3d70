// Details with safe source links, keyboard reach with visible focus, axe-core in light and
// dark on desktop and phone, the phone drawer, and reduced motion.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openMap, type MapPage } from './harness.ts';
import { goTo, query, seedStory } from './browseHelpers.ts';

const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 375, height: 667 };

let browser: Browser;
let desktop: MapPage;
let phone: MapPage;

beforeAll(async () => {
  browser = await launchBrowser();
  // bypassCSP: the app's CSP (rightly) refuses the inline script axe-core is injected as.
  desktop = await openMap(browser, '', { viewport: DESKTOP, bypassCSP: true });
  phone = await openMap(browser, '', {
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    bypassCSP: true,
  });
});
afterAll(async () => {
  await desktop?.close();
  await phone?.close();
  await browser?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

describe('details', () => {
  it('opens from the table with every source as a safe link', async () => {
    const story = seedStory();
    const movement = story.features.find((f) => f.properties.kind === 'movement')!;
    await goTo(desktop.page, 'lang=en');
    await desktop.page.locator('.feature-table summary').click();
    await desktop.page
      .locator(`.feature-table tr[data-id="${movement.properties.id}"] button`)
      .click();
    await desktop.page.waitForFunction(() => new URLSearchParams(location.search).has('select'));
    expect(query(desktop.page).get('select')).toBe(movement.properties.id);
    const details = desktop.page.locator('.details');
    await expect(details.locator('h2').textContent()).resolves.toBe(movement.properties.name);
    const links = await details.locator('.sources a').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href') ?? '',
        target: a.getAttribute('target'),
        rel: a.getAttribute('rel') ?? '',
      })),
    );
    expect(links.length).toBe(movement.properties.sources?.length);
    for (const link of links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
    await details.getByRole('button', { name: 'Close details' }).click();
    expect(await details.count()).toBe(0);
    expect(query(desktop.page).has('select')).toBe(false);
  });
});

describe('keyboard', () => {
  it('Tab reaches every panel control, each with a visible focus ring', async () => {
    await goTo(desktop.page, 'lang=en');
    const controls = await desktop.page.$$eval(
      '.browse__panel :is(input, select, button, summary, a[href])',
      // Controls in a closed <details> (the table) are not in the tab order until it opens.
      (els) =>
        els.filter(
          (el) =>
            (el as HTMLElement).offsetParent !== null && !el.closest('details:not([open]) tbody'),
        ).length,
    );
    expect(controls).toBeGreaterThan(10);
    const reached = new Set<string>();
    const unringed: string[] = [];
    for (let i = 0; i < 120 && reached.size < controls; i++) {
      await desktop.page.keyboard.press('Tab');
      const focus = await desktop.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('.browse__panel')) return null;
        const all = [
          ...document.querySelectorAll(
            '.browse__panel :is(input, select, button, summary, a[href])',
          ),
        ];
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return {
          index: all.indexOf(el),
          ring,
          name: `${el.tagName} ${el.getAttribute('name') ?? el.textContent?.slice(0, 20)}`,
        };
      });
      if (!focus) continue;
      reached.add(String(focus.index));
      if (!focus.ring) unringed.push(focus.name);
    }
    expect(reached.size).toBe(controls);
    expect(unringed).toEqual([]);
  });
});

describe('axe-core', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`desktop, ${theme}: no serious or critical violation`, async () => {
      await goTo(desktop.page, `theme=${theme}&select=victory-day-parade-2023-07-27`);
      await desktop.page.locator('.feature-table summary').click();
      expect(await seriousViolations(desktop.page)).toEqual([]);
    });
    it(`phone, ${theme}, drawer open: no serious or critical violation`, async () => {
      await goTo(phone.page, `theme=${theme}`);
      expect(await seriousViolations(phone.page)).toEqual([]);
      await phone.page.locator('.browse__drawer-toggle').click();
      await phone.page.locator('.feature-table summary').click();
      expect(await seriousViolations(phone.page)).toEqual([]);
    });
  }
});

describe('phone', () => {
  it('the drawer opens and closes, and the map keeps the screen when closed', async () => {
    await goTo(phone.page, 'lang=en');
    const toggle = phone.page.locator('.browse__drawer-toggle');
    const panel = phone.page.locator('#browse-panel');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(false);
    const mapBox = (await phone.page.locator('.browse__map').boundingBox())!;
    expect(mapBox.width).toBe(PHONE.width);
    expect(mapBox.height).toBeGreaterThan(PHONE.height * 0.85);
    // The table is in the document even with the drawer closed.
    expect(
      await phone.page.locator('.feature-table tbody tr[data-kind][data-id]').count(),
    ).toBeGreaterThan(0);

    await toggle.click();
    await phone.page.waitForFunction(
      () => getComputedStyle(document.getElementById('browse-panel')!).visibility === 'visible',
    );
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const box = (await panel.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(PHONE.width);
    // Focus moved into the drawer; Escape closes it and gives focus back to the toggle.
    expect(
      await phone.page.evaluate(() => document.activeElement?.closest('#browse-panel') !== null),
    ).toBe(true);
    await phone.page.keyboard.press('Escape');
    await phone.page.waitForFunction(
      () => getComputedStyle(document.getElementById('browse-panel')!).visibility === 'hidden',
    );
    expect(
      await phone.page.evaluate(() =>
        document.activeElement?.classList.contains('browse__drawer-toggle'),
      ),
    ).toBe(true);

    await toggle.click();
    await phone.page.getByRole('button', { name: 'Show the map' }).click();
    await phone.page.waitForFunction(
      () => getComputedStyle(document.getElementById('browse-panel')!).visibility === 'hidden',
    );
  });
});

describe('reduced motion', () => {
  it('offers no timeline playback and says why', async () => {
    await desktop.page.emulateMedia({ reducedMotion: 'reduce' });
    await goTo(desktop.page, 'lang=en');
    expect(await desktop.page.locator('.timeline__play').count()).toBe(0);
    await expect(desktop.page.locator('.timeline').textContent()).resolves.toContain(
      'reduced motion',
    );
    await desktop.page.emulateMedia({ reducedMotion: 'no-preference' });
    await goTo(desktop.page, 'lang=en');
    expect(await desktop.page.locator('.timeline__play').count()).toBe(1);
  });
});
