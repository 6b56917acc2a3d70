// Helpers for the hostile-input browser tests: open a file through the "Open data…" input
// and wait until the loader has accepted or refused it.
import type { Page } from 'playwright-core';

export interface LoadOutcome {
  accepted: boolean;
  /** Text of the refusal or warning report. */
  report: string;
}

export async function openFile(page: Page, path: string, name: string): Promise<LoadOutcome> {
  await page.setInputFiles('[data-testid=open-data-input]', path);
  await page.waitForFunction(
    (file) => {
      const panel = document.querySelector<HTMLElement>('[data-testid=user-data]');
      if (!panel || panel.dataset.loadStep !== 'idle') return false;
      return panel.dataset.loaded === file || panel.dataset.refused === file;
    },
    name,
    { timeout: 30_000 },
  );
  await page.waitForSelector('html[data-map-state="ready"]', {
    timeout: 30_000,
    state: 'attached',
  });
  return page.evaluate((file) => {
    const panel = document.querySelector<HTMLElement>('[data-testid=user-data]')!;
    return {
      accepted: panel.dataset.loaded === file && panel.dataset.refused !== file,
      report: panel.textContent ?? '',
    };
  }, name);
}

/** Facts the global oracle asks for after every load. */
export function pageFacts(page: Page) {
  return page.evaluate(() => ({
    polluted: [
      ({} as Record<string, unknown>).polluted,
      ({} as Record<string, unknown>).polluted2,
      ({} as Record<string, unknown>).isAdmin,
    ],
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    pwnedBy: (window as unknown as { __pwnedBy?: unknown }).__pwnedBy,
    href: location.href,
    otherShapes: document.querySelectorAll('.leaflet-other-pane path, .leaflet-other-pane canvas')
      .length,
  }));
}
