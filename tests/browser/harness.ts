// Opens the built app in Chromium and records what a reader would not want to see:
// requests that leave the origin, console errors, uncaught exceptions.
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';

export function baseUrl(): string {
  return inject('baseUrl');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface MapPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests whose origin is not the app's. */
  foreignRequests(): string[];
  close(): Promise<void>;
}

export interface OpenOptions extends BrowserContextOptions {
  /** Wait for this data-map-state (default 'ready'); null = don't wait. */
  waitFor?: 'ready' | 'error' | null;
}

export async function openMap(
  browser: Browser,
  query = '',
  options: OpenOptions = {},
): Promise<MapPage> {
  const { waitFor = 'ready', ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...contextOptions,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  const origin = new URL(baseUrl()).origin;
  const search = query === '' || query.startsWith('?') ? query : `?${query}`;
  await page.goto(`${baseUrl()}${search}`);
  if (waitFor) await waitForMapState(page, waitFor);
  return {
    page,
    requests,
    errors,
    foreignRequests: () =>
      requests.filter(
        (url) =>
          !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
      ),
    close: () => context.close(),
  };
}

export async function waitForMapState(
  page: Page,
  state: 'ready' | 'error' = 'ready',
  timeout = 30_000,
) {
  await page.waitForSelector(`html[data-map-state="${state}"]`, { timeout, state: 'attached' });
}
