// Bench section "screenshot": seconds per image of `npm run screenshot`, measured as the
// user runs it — a single shot from a cold CLI start (node, tsx, browser launch, page load),
// and a batch of views in one browser. The baseline, in the same run: the single shot.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, writeSectionResults, type BenchContext, type BenchSection } from './section.ts';

const SIZES = ['1200x630', '1920x1080', '800x600'];
const LAYER_SETS = ['place,movement', 'place,movement,flow', 'place,event,claim', ''];

function runCli(root: string, args: string[]): { seconds: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync('npx', ['tsx', 'scripts/screenshot/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`screenshot ${args.join(' ')} failed: ${result.stderr}`);
  return { seconds, stdout: result.stdout };
}

async function run({ root, tmp, quick }: BenchContext): Promise<void> {
  mkdirSync(tmp, { recursive: true });
  // The first call builds dist/ if it is missing: not part of any measurement.
  runCli(root, ['--size', '400x300', '--scale', '1', '--out', join(tmp, 'warm.png')]);

  const singles: number[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    singles.push(
      runCli(root, ['--size', '1200x630', '--scale', '2', '--out', join(tmp, `single-${i}.png`)])
        .seconds,
    );
  }
  const single = median(singles);

  const count = quick ? 4 : 10;
  const views = Array.from({ length: count }, (_, i) => ({
    out: join(tmp, `batch-${i}.png`),
    size: SIZES[i % SIZES.length],
    scale: 2,
    ...(LAYER_SETS[i % LAYER_SETS.length] ? { layers: LAYER_SETS[i % LAYER_SETS.length] } : {}),
  }));
  const batchFile = join(tmp, 'views.json');
  writeFileSync(batchFile, JSON.stringify(views));
  const batch = runCli(root, ['--batch', batchFile]);
  const each = batch.seconds / count;
  const summary = batch.stdout.trim().split('\n').at(-1) ?? '';

  const lines = [
    `| what | seconds per image |`,
    `|---|---|`,
    `| single shot, cold CLI start (1200×630 @2×, median of ${singles.length}) — baseline | ${single.toFixed(2)} |`,
    `| batch of ${count} views in one browser (wall clock incl. CLI start) | ${each.toFixed(2)} (×${(each / single).toFixed(2)} of a single shot) |`,
    '',
    `CLI summary line for the batch: \`${summary}\`. Measured on this machine (2 cores, Debian Chromium).`,
  ];
  const block = lines.join('\n');
  console.log(block);
  if (quick) console.log('(quick run: README.md and docs/bench-results.md not updated)');
  else writeSectionResults(root, 'screenshot', block);
}

export const section: BenchSection = { name: 'screenshot', run };
