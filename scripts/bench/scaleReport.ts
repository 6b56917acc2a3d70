// The scale section's results as markdown: one table of medians, one of ratios, bundle sizes.
import type { ChunkSize } from './buildPages.ts';

export interface Row {
  target: string;
  flows: number;
  runs: number;
  readyMs: number;
  filterMs: number;
  zoomMs: number;
  pointerMs: number;
  heapMb: number;
  drawnArcs: number | null;
}

const LABELS: Record<string, string> = {
  'fast-arcs': 'Tripoint fast path (renderer alone)',
  app: 'Tripoint app, published story',
  'app-file': "Tripoint app, reader's file (`?data=`)",
  'leaflet-canvas': 'Leaflet canvas L.geoJSON (baseline)',
  'react-polylines': 'react-leaflet `<Polyline>` each (baseline)',
};
const METRICS = ['readyMs', 'filterMs', 'zoomMs', 'pointerMs', 'heapMb'] as const;
const METRIC_NAMES = {
  readyMs: 'ready',
  filterMs: 'filter toggle',
  zoomMs: 'zoom ±1',
  pointerMs: 'pointer handler',
  heapMb: 'JS heap',
};

function fmt(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '—';
}

function ratio(baseline: number | undefined, ours: number | undefined): string {
  if (
    baseline === undefined ||
    ours === undefined ||
    !Number.isFinite(baseline) ||
    !Number.isFinite(ours) ||
    ours <= 0
  )
    return '—';
  return `${(baseline / ours).toFixed(1)}×`;
}

/** " (33,365 of 50,000 at 50k)": what the app's fast canvas drew at the largest size measured. */
function appDrawn(rows: Row[]): string {
  const app = rows.filter((r) => r.target === 'app' && r.drawnArcs !== null).at(-1);
  if (!app) return '';
  const n = app.flows.toLocaleString('en');
  return ` (${app.drawnArcs!.toLocaleString('en')} of ${n} at ${app.flows / 1000}k)`;
}

export function formatScaleResults(input: {
  rows: Row[];
  machine: string;
  runs: number;
  quick: boolean;
  chunks: ChunkSize[];
  /** Targets that gave up (timeouts), said plainly under the table. */
  notes?: string[];
}): string {
  const { rows, machine, runs, quick, chunks, notes = [] } = input;
  const lines: string[] = [];
  lines.push(
    `Machine: ${machine}. Medians of ${runs} page loads per row unless the runs column says fewer${quick ? ' (--quick)' : ''}; viewport 1280×800. ` +
      'No GPU: Chromium draws canvas and SVG in software (SwiftShader), so raster-bound numbers (ready, filter and zoom at 10k–50k arcs) are far slower here than on a reader’s machine with a GPU; ratios compare pages drawn the same way.',
  );
  lines.push('');
  lines.push(
    '| flows | renderer | runs | ready (ms) | filter toggle (ms) | zoom ±1 (ms) | pointer handler (ms) | peak JS heap (MB) |',
  );
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    lines.push(
      `| ${r.flows.toLocaleString('en')} | ${LABELS[r.target] ?? r.target} | ${r.runs} | ${fmt(r.readyMs)} | ${fmt(r.filterMs)} | ${fmt(r.zoomMs)} | ${fmt(r.pointerMs, 2)} | ${fmt(r.heapMb)} |`,
    );
  }
  for (const note of notes) lines.push(`\nNot measured: ${note} (then skipped at larger sizes).`);
  lines.push('');
  lines.push('Ratios, baseline ÷ fast path (above 1× = the fast path is faster or smaller):');
  lines.push('');
  lines.push(
    "| flows | metric | vs Leaflet canvas | vs react-leaflet Polylines | whole app vs Leaflet canvas | app, reader's file vs Leaflet canvas |",
  );
  lines.push('|---:|---|---:|---:|---:|---:|');
  for (const flows of [...new Set(rows.map((r) => r.flows))]) {
    const get = (t: string) => rows.find((r) => r.flows === flows && r.target === t);
    const ours = get('fast-arcs');
    const app = get('app');
    const file = get('app-file');
    for (const m of METRICS) {
      const canvas = get('leaflet-canvas')?.[m];
      lines.push(
        `| ${flows.toLocaleString('en')} | ${METRIC_NAMES[m]} | ${ratio(canvas, ours?.[m])} | ${ratio(get('react-polylines')?.[m], ours?.[m])} | ${ratio(canvas, app?.[m])} | ${ratio(canvas, file?.[m])} |`,
      );
    }
  }
  lines.push('');
  lines.push(
    `How: seeded synthetic stories (made-up flows between ~240 real cities, \`geometry: null\`), generated at run time. ` +
      `"ready" = navigation to \`data-map-state=ready\`; "filter toggle" = hide every other flow / show all, until the next frame; ` +
      `"zoom ±1" = \`setZoom(z±1, {animate: false})\` until the next frame (Leaflet's 250 ms CSS zoom animation excluded); ` +
      `"pointer handler" = time in the page's mousemove handlers (hit-testing included; an SVG page's hit-testing happens in the browser before dispatch and is not seen; Leaflet's canvas renderer hit-tests at most once per 32 ms and returns at once on other moves, so its median swings from run to run, while ours hit-tests every move); ` +
      `"peak JS heap" = the largest \`JSHeapUsedSize\` sampled every 100 ms over the page's life. ` +
      `The app rows draw the basemap, panel, legend and table too (2,000+ flows take the fast path): "published story" loads it from the app's \`geo/\` folder (\`?story=\`, trusted), "reader's file" opens the same file with \`?data=\`, which reads, validates and prepares it in a worker, as for any file a reader brings; ` +
      `their filter = unchecking then checking the "Trade flows" layer box (it hides every flow, not half: not the same work as the baselines' filter), until \`data-map-state=ready\` and the next frame; ` +
      `their zoom = the map's + and − buttons, timed from the task that redraws after Leaflet's 250 ms animation to the next frame. ` +
      `The app shows one period per trade lane (its default), so it draws fewer arcs than the pages that draw every flow${appDrawn(rows)}.`,
  );
  lines.push('');
  lines.push("App bundle (built by the bench with the project's Vite config):");
  lines.push('');
  lines.push('| file | bytes | gzip |');
  lines.push('|---|---:|---:|');
  for (const c of chunks)
    lines.push(`| ${c.file} | ${c.bytes.toLocaleString('en')} | ${c.gzip.toLocaleString('en')} |`);
  const total = chunks.reduce((s, c) => s + c.gzip, 0);
  lines.push(
    `| **total JS + CSS** | ${chunks.reduce((s, c) => s + c.bytes, 0).toLocaleString('en')} | ${total.toLocaleString('en')} |`,
  );
  return lines.join('\n');
}
