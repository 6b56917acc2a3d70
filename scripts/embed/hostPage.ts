// A plain article page that embeds the map with the snippet the Embed button gives, served from
// another 127.0.0.1 port: how a newsroom's page sees Tripoint. For tests, screenshots and bench.
import type { Frame, Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSnippet } from '../../src/embed/snippet.ts';
import { defaultState, parseAppState } from '../../src/state/appState.ts';
import { startStaticServer, type StaticServer } from '../lib/staticServer.ts';

/** The snippet the Embed button gives for a state (`query` without mode: the snippet adds it). */
export function snippetFor(appUrl: string, query = '', title = 'Map'): string {
  return buildSnippet({ appUrl, state: parseAppState(query, defaultState()).state, title });
}

/** An article page with `snippet` pasted in a column `columnWidth` CSS pixels wide. */
export function hostPageHtml(snippet: string, columnWidth: number): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title>
<style>body{margin:0;font:16px/1.5 Georgia,serif;background:#f4f1ea}
article{width:${columnWidth}px;margin:0 auto;padding:16px 0}</style></head>
<body><article><h1>An article with a map</h1><p>Some text before the map.</p>
${snippet}
<p>Some text after the map.</p>${'<p>More of the article.</p>'.repeat(20)}</article></body></html>`;
}

/** Serves host pages (index.html, and <name>.html for each extra page) on a free port. */
export async function startHostServer(pages: Record<string, string>): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tripoint-host-'));
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  return startStaticServer({ root: dir });
}

/** The embedded map's frame. Cross-origin iframes run in their own process in Chromium, so
 * the frame object changes when the lazy iframe navigates: find it by its URL. */
export async function embedFrame(page: Page, timeout = 60_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => /[?&]mode=embed(&|$)/.test(f.url()));
    if (frame) {
      try {
        await frame.waitForSelector('html[data-map-state="ready"], html[data-map-state="error"]', {
          state: 'attached',
          timeout: 2_000,
        });
        return frame;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    } else if (Date.now() > deadline) {
      throw new Error('The embed iframe never loaded.');
    }
    await page.waitForTimeout(50);
  }
}
