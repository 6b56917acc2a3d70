// Bench section "embed": the embed's first load (JS + CSS + basemap, gzip) against its budget
// of 200 KB, and its time to ready (budget 1 s), cold, in a new context each run. The baseline,
// in the same run on the same build: browse mode's first load.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../lib/chromium.ts';
import { startStaticServer } from '../lib/staticServer.ts';
import { buildApp } from './buildPages.ts';
import { bytesByPart, measureFirstLoad, type FirstLoad, type Part } from './firstLoad.ts';
import { median, writeSectionResults, type BenchContext, type BenchSection } from './section.ts';

export const EMBED_BUDGET_KB = 200;
export const EMBED_READY_BUDGET_MS = 1000;
const SUB_PATH = '/published/map/';
const PARTS: Part[] = ['js', 'css', 'basemap', 'story', 'fonts', 'html', 'other'];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function summarize(runs: FirstLoad[]) {
  const parts = bytesByPart(runs[0]!.files);
  return {
    parts,
    budgeted: parts.js + parts.css + parts.basemap,
    total: PARTS.reduce((sum, part) => sum + parts[part], 0),
    readyMs: median(runs.map((run) => run.readyMs)),
    requests: runs[0]!.files.length,
    foreign: runs.flatMap((run) => run.foreign),
  };
}

async function run({ root, tmp, quick }: BenchContext): Promise<void> {
  const dist = join(tmp, 'dist');
  await buildApp(root, dist);
  const server = await startStaticServer({ root: tmp, mounts: { [SUB_PATH]: dist }, cors: true });
  const browser = await launchChromium();
  const runs = quick ? 2 : 5;
  const embed: FirstLoad[] = [];
  const browse: FirstLoad[] = [];
  try {
    const appUrl = `${server.url.replace(/\/$/, '')}${SUB_PATH}`;
    for (let i = 0; i < runs; i++) {
      embed.push(await measureFirstLoad(browser, `${appUrl}?mode=embed`, dist));
      browse.push(await measureFirstLoad(browser, appUrl, dist, { width: 1280, height: 800 }));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const e = summarize(embed);
  const b = summarize(browse);
  const verdict = (ok: boolean) => (ok ? 'within budget' : '**over budget**');
  const rows = PARTS.filter((part) => e.parts[part] + b.parts[part] > 0).map(
    (part) =>
      `| ${part}${['js', 'css', 'basemap'].includes(part) ? ' (budgeted)' : ''} | ${kb(e.parts[part])} | ${kb(b.parts[part])} |`,
  );
  const embedFiles = embed[0]!.files
    .filter((f) => f.part === 'js' || f.part === 'css')
    .sort((x, y) => y.gzip - x.gzip)
    .map((f) => `\`${f.path}\` ${kb(f.gzip)}`)
    .join(', ');
  const block = [
    `Embed first load, \`?mode=embed\` at 640×560, cold (new context), ${runs} runs, median ready; files gzipped (level 9)`,
    `by the bench. Baseline in the same run: browse mode at 1280×800. ${new Date().toISOString().slice(0, 10)},`,
    `${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} when the run ended (times grow with other work on the machine).`,
    '',
    '| part (KB gzip) | embed | browse |',
    '|---|---:|---:|',
    ...rows,
    `| **JS + CSS + basemap** | **${kb(e.budgeted)}** (budget ${EMBED_BUDGET_KB}: ${verdict(e.budgeted <= EMBED_BUDGET_KB * 1024)}) | ${kb(b.budgeted)} |`,
    `| everything | ${kb(e.total)} | ${kb(b.total)} |`,
    `| requests | ${e.requests} | ${b.requests} |`,
    `| ready, median ms | **${e.readyMs.toFixed(0)}** (budget ${EMBED_READY_BUDGET_MS}: ${verdict(e.readyMs <= EMBED_READY_BUDGET_MS)}) | ${b.readyMs.toFixed(0)} |`,
    `| embed / browse | bytes ×${(e.budgeted / b.budgeted).toFixed(2)}, ready ×${(e.readyMs / b.readyMs).toFixed(2)} | 1 |`,
    '',
    `Embed JS and CSS files: ${embedFiles}. Requests outside the page's origin: ${e.foreign.length + b.foreign.length}.`,
  ].join('\n');
  console.log(block);
  if (quick) console.log('(--quick: README not updated)');
  else writeSectionResults(root, 'embed', block);
}

export const section: BenchSection = { name: 'embed', run };
