// One cold first load of the built app in a new browser context: every request it made, sized
// by gzipping the served file ourselves (independent of the server), and the time from
// navigation to data-map-state=ready.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type Part = 'js' | 'css' | 'basemap' | 'story' | 'fonts' | 'html' | 'other';

export interface LoadedFile {
  path: string;
  part: Part;
  gzip: number;
}

export interface FirstLoad {
  readyMs: number;
  files: LoadedFile[];
  /** Requests that left the app's origin (should be none). */
  foreign: string[];
}

export function partOf(path: string): Part {
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('geo/basemap.json')) return 'basemap';
  if (/geo\/.+\.(geo)?json$/.test(path)) return 'story';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  if (path.endsWith('.html')) return 'html';
  return 'other';
}

// Runs in the page before its scripts: note when data-map-state first becomes ready.
const RECORD_READY = `(() => {
  new MutationObserver(() => {
    if (window.__readyAt === undefined && document.documentElement?.dataset.mapState === 'ready') window.__readyAt = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-state'] });
})()`;

export async function measureFirstLoad(
  browser: Browser,
  url: string,
  distDir: string,
  viewport = { width: 640, height: 560 },
): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(RECORD_READY);
  const page = await context.newPage();
  const base = new URL(url);
  const basePath = base.pathname.replace(/[^/]*$/, '');
  const urls: string[] = [];
  page.on('requestfinished', (request) => urls.push(request.url()));
  await page.goto(url);
  await page.waitForSelector('html[data-map-state="ready"], html[data-map-state="error"]', {
    state: 'attached',
    timeout: 60_000,
  });
  const state = await page.getAttribute('html', 'data-map-state');
  if (state !== 'ready') throw new Error(`${url} ended in data-map-state=${state}`);
  const readyMs = (await page.evaluate('window.__readyAt')) as number;
  await context.close();
  const files: LoadedFile[] = [];
  const foreign: string[] = [];
  for (const requested of new Set(urls)) {
    const u = new URL(requested);
    if (u.protocol === 'data:' || u.protocol === 'blob:') continue;
    if (u.origin !== base.origin) {
      foreign.push(requested);
      continue;
    }
    let relative = decodeURIComponent(u.pathname).slice(basePath.length);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = join(distDir, relative);
    try {
      if (!statSync(file).isFile()) continue;
    } catch {
      continue;
    }
    files.push({
      path: relative,
      part: partOf(relative),
      gzip: gzipSync(readFileSync(file), { level: 9 }).length,
    });
  }
  return { readyMs, files, foreign };
}

export function bytesByPart(files: LoadedFile[]): Record<Part, number> {
  const sums: Record<Part, number> = {
    js: 0,
    css: 0,
    basemap: 0,
    story: 0,
    fonts: 0,
    html: 0,
    other: 0,
  };
  for (const file of files) sums[file.part] += file.gzip;
  return sums;
}
