// One measured page load in headless Chromium: time to data-map-state=ready, then the filter
// toggle, zoom in/out one level, pointer moves, and the peak of the sampled JS heap.
import type { Browser, Page } from 'playwright-core';

export interface RunResult {
  readyMs: number;
  /** Hide half and show all, each until the next frame (ms); empty when the page has no API. */
  filterMs: number[];
  /** Zoom in one level and back, each until the next frame (ms), no animation. */
  zoomMs: number[];
  /** The page's mousemove handlers, hit-testing included (ms). */
  pointerMs: number[];
  heapMb: number;
  /** What the fast canvas reported drawing, when there is one (sanity: the data loaded). */
  drawnArcs: number | null;
}

// Runs in the page before its scripts: note when data-map-state first becomes ready.
function recordReady() {
  const w = window as unknown as { __readyAt?: number };
  new MutationObserver(() => {
    if (w.__readyAt === undefined && document.documentElement?.dataset.mapState === 'ready')
      w.__readyAt = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-state'] });
}

// Plain-JS strings: tsx would wrap named functions inside evaluate() with a __name helper the
// page does not have.
const NEXT_FRAME = 'new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))';

async function timeOps(page: Page, kind: 'filter' | 'zoom'): Promise<number[]> {
  const op =
    kind === 'filter'
      ? 'api.setHalfHidden(step)'
      : 'api.map.setZoom(step ? z + 1 : z, { animate: false })';
  return page.evaluate(`(async () => {
    const api = window.__bench;
    if (!api) return [];
    const times = [];
    const z = api.map.getZoom();
    for (const step of [true, false]) {
      await ${NEXT_FRAME};
      const t0 = performance.now();
      ${op};
      await ${NEXT_FRAME};
      times.push(performance.now() - t0);
    }
    return times;
  })()`) as Promise<number[]>;
}

// The app has no bench API: drive its real UI. Filter = uncheck, then check, the "Trade flows"
// layer box, each timed from the click to data-map-state=ready and the next frame.
const APP_FILTER = `(async () => {
  const box = document.querySelector('input[name=layer][value=flow]');
  if (!box) return [];
  const times = [];
  for (let step = 0; step < 2; step++) {
    await ${NEXT_FRAME};
    const t0 = performance.now();
    box.click();
    while (document.documentElement.dataset.mapState !== 'ready')
      await new Promise((r) => requestAnimationFrame(r));
    await ${NEXT_FRAME};
    times.push(performance.now() - t0);
  }
  return times;
})()`;

// Zoom = the map's + then − button. Leaflet animates for 250 ms, then (in a 250 ms timer, or on
// transitionend, whichever comes first) redraws everything for the new zoom in one task. Timed
// from the start of that task (the timer wrapped for the measurement) to the next frame, as the
// baselines' setZoom(…, {animate: false}): the animation itself is excluded on both sides.
const APP_ZOOM = `(async () => {
  const pane = document.querySelector('.leaflet-map-pane');
  const buttons = ['.leaflet-control-zoom-in', '.leaflet-control-zoom-out'].map((s) => document.querySelector(s));
  if (!pane || !buttons[0] || !buttons[1]) return [];
  const realSetTimeout = window.setTimeout;
  const times = [];
  for (const button of buttons) {
    await ${NEXT_FRAME};
    const time = await new Promise((resolve) => {
      let t0 = 0;
      const timer = realSetTimeout(() => finish(NaN), 10000);
      const mark = () => {
        if (t0) return;
        t0 = performance.now();
        requestAnimationFrame(() => realSetTimeout(() => finish(performance.now() - t0), 0));
      };
      const onEnd = (event) => {
        if (pane.contains(event.target) && event.propertyName.includes('transform')) mark();
      };
      function finish(ms) {
        window.setTimeout = realSetTimeout;
        window.removeEventListener('transitionend', onEnd, true);
        clearTimeout(timer);
        resolve(ms);
      }
      window.setTimeout = function (fn, delay, ...rest) {
        if (delay !== 250 || typeof fn !== 'function') return realSetTimeout(fn, delay, ...rest);
        return realSetTimeout(function (...args) { mark(); return fn.apply(this, args); }, delay, ...rest);
      };
      window.addEventListener('transitionend', onEnd, true);
      button.click();
    });
    times.push(time);
  }
  return times;
})()`;

async function timeAppOps(page: Page, kind: 'filter' | 'zoom'): Promise<number[]> {
  const hasApi = await page.evaluate('Boolean(window.__bench)');
  if (hasApi) return [];
  return page.evaluate(kind === 'filter' ? APP_FILTER : APP_ZOOM) as Promise<number[]>;
}

// Window capture listener (first) to window bubble listener (last): the time the page's own
// mousemove handlers take, hit-testing included. Measured from the driver, every page would
// show the same frame cadence (~33 ms here) whatever it does.
const LISTEN_POINTER = `(() => {
  window.__pointer = [];
  let t0 = 0;
  window.addEventListener('mousemove', () => { t0 = performance.now(); }, true);
  window.addEventListener('mousemove', () => { window.__pointer.push(performance.now() - t0); });
})()`;

async function timePointer(page: Page, moves: number): Promise<number[]> {
  await page.evaluate(LISTEN_POINTER);
  await page.mouse.move(600, 380);
  for (let i = 0; i < moves; i++) {
    // A zig-zag over the middle of the map, where arcs are dense.
    await page.mouse.move(420 + ((i * 53) % 440), 260 + ((i * 31) % 260));
    await page.evaluate(NEXT_FRAME);
  }
  return page.evaluate('window.__pointer.slice(1)') as Promise<number[]>;
}

export async function measureRun(
  browser: Browser,
  url: string,
  { pointerMoves = 8, readyTimeout = 120_000 } = {},
): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let heap = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      } catch {
        /* page closing */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    await page.addInitScript(recordReady);
    await page.goto(url);
    // Polled every 100 ms: Playwright's selector engine walks the whole DOM on each poll.
    await page.waitForFunction(() => document.documentElement.dataset.mapState === 'ready', null, {
      timeout: readyTimeout,
      polling: 100,
    });
    const readyMs = await page.evaluate(
      () => (window as unknown as { __readyAt: number }).__readyAt,
    );
    const drawn = await page
      .getAttribute('canvas.tp-fast-arcs', 'data-drawn', { timeout: 1000 })
      .catch(() => null);
    const drawnArcs = drawn == null ? null : Number(drawn);
    const filterMs = [...(await timeOps(page, 'filter')), ...(await timeAppOps(page, 'filter'))];
    const zoomMs = [...(await timeOps(page, 'zoom')), ...(await timeAppOps(page, 'zoom'))];
    const pointerMs = await timePointer(page, pointerMoves);
    sampling = false;
    await sampler;
    const { metrics } = await cdp.send('Performance.getMetrics');
    heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    return { readyMs, filterMs, zoomMs, pointerMs, heapMb: heap / 2 ** 20, drawnArcs };
  } finally {
    sampling = false;
    await sampler;
    await context.close();
  }
}
