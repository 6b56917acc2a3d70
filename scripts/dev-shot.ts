// Development helper: `npx tsx scripts/dev-shot.ts "<query>" out.png [WxH]` screenshots the
// built app (dist/) in Chromium once data-map-state leaves "loading".
import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { startStaticServer } from './lib/staticServer.ts';

const [query = '', out = '/tmp/shot.png', size = '1440x900'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const dist = resolve(import.meta.dirname, '..', process.env.TRIPOINT_DIST ?? 'dist');
const server = await startStaticServer({ root: dist });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: width ?? 1440, height: height ?? 900 } });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(`${server.url}${query ? `?${query}` : ''}`);
  await page.waitForSelector('html[data-map-state="ready"], html[data-map-state="error"]', {
    timeout: 30_000,
  });
  console.log('state:', await page.getAttribute('html', 'data-map-state'));
  await page.screenshot({ path: out });
  console.log('wrote', out);
} finally {
  await browser.close();
  await server.close();
}
