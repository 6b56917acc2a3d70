// `npm run bench [-- [--quick] [section…]]`: runs the named sections (all by default).
// A section is a module exporting `section: BenchSection`; add yours to SECTIONS.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchSection } from './section.ts';

const SECTIONS: Record<string, string> = {
  scale: './scale.ts',
  raster: './raster.ts',
  embed: './embed.ts',
  screenshot: './screenshot.ts',
};

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const named = args.filter((a) => !a.startsWith('--'));
const unknown = named.filter((n) => !(n in SECTIONS));
if (unknown.length) {
  console.error(
    `Unknown bench section(s): ${unknown.join(', ')}. Known: ${Object.keys(SECTIONS).join(', ')}.`,
  );
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'tripoint-bench-'));
let failed = false;
try {
  for (const name of named.length ? named : Object.keys(SECTIONS)) {
    const file = resolve(import.meta.dirname, SECTIONS[name]!);
    if (!existsSync(file)) {
      console.log(`\n== ${name}: not written yet (${SECTIONS[name]}), skipped`);
      continue;
    }
    console.log(`\n== ${name}${quick ? ' (quick)' : ''}`);
    const started = Date.now();
    try {
      const { section } = (await import(file)) as { section: BenchSection };
      await section.run({ root, tmp: join(tmp, name), quick });
    } catch (error) {
      failed = true;
      console.error(`bench section ${name} failed:`, error);
    }
    console.log(`== ${name} took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
