// Renders report pages with one browser: one context per pixel density, one page reused
// for every view, waiting for data-map-state (never a fixed sleep).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ShotOptions } from './options.ts';

export interface Rendered {
  bytes: Buffer;
  alt: string;
}

export class RenderError extends Error {
  override name = 'RenderError';
}

const SETTLED = 'html[data-map-state="ready"], html[data-map-state="error"]';

export class ShotRenderer {
  private pages = new Map<number, Page>();
  private contexts: BrowserContext[] = [];

  constructor(
    private browser: Browser,
    private timeoutMs: number,
  ) {}

  private async pageFor(scale: number): Promise<Page> {
    const existing = this.pages.get(scale);
    if (existing) return existing;
    const context = await this.browser.newContext({
      deviceScaleFactor: scale,
      reducedMotion: 'reduce',
      colorScheme: 'light',
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
    this.contexts.push(context);
    const page = await context.newPage();
    this.pages.set(scale, page);
    return page;
  }

  async render(shot: ShotOptions, url: string): Promise<Rendered> {
    const page = await this.pageFor(shot.scale);
    await page.setViewportSize({ width: shot.width, height: shot.height });
    const pageErrors: string[] = [];
    const onError = (error: Error) => pageErrors.push(error.message);
    page.on('pageerror', onError);
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: this.timeoutMs });
      try {
        await page.waitForSelector(SETTLED, { state: 'attached', timeout: this.timeoutMs });
      } catch {
        const extra = pageErrors.length > 0 ? ` Page errors: ${pageErrors.join('; ')}` : '';
        throw new RenderError(
          `The map did not become ready within ${this.timeoutMs / 1000} s.${extra}`,
        );
      }
      if ((await page.getAttribute('html', 'data-map-state')) === 'error') {
        const alert = await page
          .locator('[role=alert]')
          .first()
          .textContent({ timeout: 1000 })
          .catch(() => null);
        throw new RenderError(
          `The map reported an error: ${alert?.trim() || pageErrors.join('; ') || 'no message'}`,
        );
      }
      const alt =
        (await page
          .locator('[data-alt-text]')
          .first()
          .textContent({ timeout: 1000 })
          .catch(() => '')) ?? '';
      const bytes =
        shot.format === 'pdf'
          ? await page.pdf({
              format: 'A4',
              landscape: true,
              printBackground: true,
              preferCSSPageSize: true,
            })
          : await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
      return { bytes, alt: alt.trim() };
    } finally {
      page.off('pageerror', onError);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
  }
}
