// Bench section "scale": synthetic stories of 1k/10k/50k flows, loaded by our fast renderer
// (alone, and inside the app: as a published story and as a reader's file), by plain Leaflet
// (canvas L.geoJSON of Turf arcs) and by react-leaflet (one <Polyline> per arc), all in the
// same run on the same data.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { startStaticServer } from '../lib/staticServer.ts';
import { buildApp, buildBenchPages, chunkSizes } from './buildPages.ts';
import { measureRun, type RunResult } from './measurePage.ts';
import { median, writeSectionResults, type BenchContext, type BenchSection } from './section.ts';
import { writeSyntheticStory } from './syntheticStory.ts';
import { formatScaleResults, type Row } from './scaleReport.ts';

type Target = 'fast-arcs' | 'app' | 'app-file' | 'leaflet-canvas' | 'react-polylines';
const TARGETS: Target[] = ['fast-arcs', 'app', 'app-file', 'leaflet-canvas', 'react-polylines'];
const READY_TIMEOUT_MS = 90_000;
const BASELINES: Target[] = ['leaflet-canvas', 'react-polylines'];

/** Page loads per target: the baselines at 50k take ~40 s a load, so 3 there (said in the table). */
function runsFor(target: Target, flows: number, runs: number): number {
  return BASELINES.includes(target) && flows >= 50_000 ? Math.min(runs, 3) : runs;
}

function summarize(target: Target, flows: number, runs: RunResult[]): Row {
  return {
    target,
    flows,
    runs: runs.length,
    readyMs: median(runs.map((r) => r.readyMs)),
    filterMs: median(runs.flatMap((r) => r.filterMs)),
    zoomMs: median(runs.flatMap((r) => r.zoomMs)),
    pointerMs: median(runs.flatMap((r) => r.pointerMs)),
    heapMb: median(runs.map((r) => r.heapMb)),
    drawnArcs: runs[0]?.drawnArcs ?? null,
  };
}

async function run({ root, tmp, quick }: BenchContext): Promise<void> {
  const sizes = quick ? [1000, 10000] : [1000, 10000, 50000];
  const runs = quick ? 2 : 5;
  const dirs = {
    data: join(tmp, 'data'),
    pages: join(tmp, 'pages'),
    app: join(tmp, 'app'),
    geo: join(tmp, 'geo'),
  };
  for (const n of sizes) writeSyntheticStory(dirs.data, n, 2024);
  console.log('building the baseline pages and the app (temp folder)…');
  await buildBenchPages(dirs.pages);
  await buildApp(root, dirs.app);
  mkdirSync(dirs.geo, { recursive: true });
  for (const dir of [join(dirs.app, 'geo'), dirs.data]) {
    for (const name of readdirSync(dir)) copyFileSync(join(dir, name), join(dirs.geo, name));
  }
  const server = await startStaticServer({
    root: dirs.app,
    mounts: { '/geo/': dirs.geo, '/pages/': dirs.pages, '/data/': dirs.data },
  });
  const browser = await launchChromium({ args: ['--enable-precise-memory-info'] });
  const url = (target: Target, n: number) => {
    const data = encodeURIComponent(`${server.url}data/synthetic-${n}.geojson`);
    // The app twice: a published story (geo/, trusted, no validation), and the same file
    // opened as a reader's data (?data=: read, validated and prepared in a worker).
    if (target === 'app') return `${server.url}?story=synthetic-${n}`;
    if (target === 'app-file') return `${server.url}?data=${data}`;
    return `${server.url}pages/${target}.html?data=${data}`;
  };
  const rows: Row[] = [];
  const notes: string[] = [];
  // A target that cannot reach ready in time at one size is not tried again at larger sizes.
  const gaveUp = new Set<Target>();
  try {
    for (const n of sizes) {
      const results = new Map<Target, RunResult[]>(TARGETS.map((t) => [t, []]));
      // Interleaved, so a slow moment of the machine hurts every target alike.
      for (let r = 0; r < runs; r++) {
        for (const target of TARGETS) {
          if (gaveUp.has(target) || r >= runsFor(target, n, runs)) continue;
          try {
            results
              .get(target)!
              .push(await measureRun(browser, url(target, n), { readyTimeout: READY_TIMEOUT_MS }));
          } catch (error) {
            gaveUp.add(target);
            const note = `${target} @ ${n} flows: ${(error as Error).message.split('\n')[0]}`;
            notes.push(note);
            console.warn(`  ${note}`);
          }
        }
        process.stdout.write(`  ${n} flows: run ${r + 1}/${runs}\n`);
      }
      for (const target of TARGETS) {
        const list = results.get(target)!;
        if (list.length) rows.push(summarize(target, n, list));
      }
      for (const target of ['app', 'app-file'] as const) {
        const first = results.get(target)![0];
        if (first)
          console.log(`  ${target} @ ${n}: fast canvas drew ${first.drawnArcs ?? 'no'} arcs`);
      }
    }
    const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Chromium ${browser.version()} headless (software rendering), Node ${process.version}`;
    const block = formatScaleResults({
      rows,
      machine,
      runs,
      quick,
      chunks: chunkSizes(dirs.app),
      notes,
    });
    console.log(`\n${block}`);
    if (quick) console.log('(--quick: results not written to README.md / docs/bench-results.md)');
    else writeSectionResults(root, 'scale', block);
  } finally {
    await browser.close();
    await server.close();
  }
}

export const section: BenchSection = { name: 'scale', run };
