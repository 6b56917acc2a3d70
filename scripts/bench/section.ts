// What a benchmark section is, and where its results go: a markdown block written between
// `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in README.md and in docs/bench-results.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchContext {
  /** The repository root. */
  root: string;
  /** A fresh temporary folder for this run (generated data, builds); removed afterwards. */
  tmp: string;
  /** --quick: fewer runs and smaller inputs, for development. */
  quick: boolean;
}

export interface BenchSection {
  name: string;
  run(context: BenchContext): Promise<void>;
}

function replaceBetween(text: string, name: string, block: string): string | null {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) return null;
  return `${text.slice(0, start + open.length)}\n${block.trim()}\n${text.slice(end)}`;
}

/** Writes a section's results into README.md (markers must exist) and docs/bench-results.md. */
export function writeSectionResults(root: string, name: string, block: string): void {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const updated = replaceBetween(text, name, block);
  if (updated === null)
    console.warn(`README.md has no <!-- bench:${name} --> markers; not updated.`);
  else writeFileSync(readme, updated);
  const results = join(root, 'docs/bench-results.md');
  let doc = existsSync(results)
    ? readFileSync(results, 'utf8')
    : '# Benchmark results\n\nWritten by `npm run bench`.\n';
  doc =
    replaceBetween(doc, name, block) ??
    `${doc.trimEnd()}\n\n<!-- bench:${name} -->\n${block.trim()}\n<!-- /bench:${name} -->\n`;
  writeFileSync(results, doc);
}

export function median(values: number[]): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const mid = finite.length >> 1;
  return finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}
