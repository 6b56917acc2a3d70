// Bench section "raster": how the fast path's arcs are painted, isolated from everything else.
// The same seeded arcs painted four ways in headless Chromium (scripts/bench/pages/raster.ts),
// timed until the pixels exist. It is the measurement behind drawArcs.ts's one stroke per arc,
// and behind not using WebGL here (no GPU: WebGL runs on SwiftShader).
import { launchChromium } from '../lib/chromium.ts';
import { startStaticServer } from '../lib/staticServer.ts';
import { buildBenchPages } from './buildPages.ts';
import { median, writeSectionResults, type BenchContext, type BenchSection } from './section.ts';

const MODES = {
  'four-per-stroke': 'canvas 2D, four arcs per stroke (the first fast path) — baseline',
  'per-style': 'canvas 2D, one path per style',
  'per-arc': 'canvas 2D, one stroke per arc (the fast path now)',
  webgl: 'WebGL 2, a quad per chord, multisampled',
} as const;
type Mode = keyof typeof MODES;
const BASELINE: Mode = 'four-per-stroke';

async function run({ root, tmp, quick }: BenchContext): Promise<void> {
  // 33,365: what the app draws of the 50,000-flow story (one period per lane).
  const sizes = quick ? [10_000] : [10_000, 33_365];
  const runs = quick ? 2 : 5;
  await buildBenchPages(tmp);
  const server = await startStaticServer({ root: tmp });
  const browser = await launchChromium();
  const times = new Map<string, number[]>();
  let renderer = 'unknown';
  try {
    for (const n of sizes) {
      // Interleaved, so a slow moment of the machine hurts every mode alike.
      for (let r = 0; r < runs; r++) {
        for (const mode of Object.keys(MODES) as Mode[]) {
          const page = await browser.newPage({ viewport: { width: 1408, height: 880 } });
          try {
            await page.goto(`${server.url}raster.html?mode=${mode}&n=${n}`);
            const ms = (await page
              .waitForFunction('window.__rasterMs', null, { timeout: 120_000 })
              .then((handle) => handle.jsonValue())) as number;
            const key = `${n}|${mode}`;
            times.set(key, [...(times.get(key) ?? []), ms]);
            if (mode === 'webgl')
              renderer = (await page.evaluate(`(() => {
                const gl = document.createElement('canvas').getContext('webgl2');
                const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
                return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : 'unknown';
              })()`)) as string;
          } finally {
            await page.close();
          }
        }
      }
      console.log(`  ${n} arcs: ${runs} runs of each mode`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const lines = [
    `Painting the fast path's arcs, alone: the same seeded arcs (24 chords each, about half under 2 px and drawn as hairlines) at 1408×880, timed from the first draw call until the pixels exist. Medians of ${runs} runs${quick ? ' (--quick)' : ''}. WebGL renderer here: ${renderer}.`,
    '',
    '| arcs | how | paint (ms) | vs baseline |',
    '|---:|---|---:|---:|',
  ];
  for (const n of sizes) {
    const base = median(times.get(`${n}|${BASELINE}`) ?? []);
    for (const mode of Object.keys(MODES) as Mode[]) {
      const ms = median(times.get(`${n}|${mode}`) ?? []);
      const ratio = Number.isFinite(ms) && ms > 0 ? `${(base / ms).toFixed(2)}×` : '—';
      lines.push(`| ${n.toLocaleString('en')} | ${MODES[mode]} | ${ms.toFixed(0)} | ${ratio} |`);
    }
  }
  const block = lines.join('\n');
  console.log(`\n${block}`);
  if (quick) console.log('(--quick: results not written to README.md / docs/bench-results.md)');
  else writeSectionResults(root, 'raster', block);
}

export const section: BenchSection = { name: 'raster', run };
