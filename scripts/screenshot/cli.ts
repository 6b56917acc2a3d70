// `npm run screenshot -- [state options] --size 1200x630 --scale 2 --format png|pdf --out FILE`
// and `--batch views.json`: report-mode PNGs or A4 PDFs of any view, with FILE.alt.txt beside
// each. One browser for all views. Exit 0 when all were written, 1 when one failed to
// render or write, 2 for bad options or inputs.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { startStaticServer, type StaticServer } from '../lib/staticServer.ts';
import { parseCli, reportQuery, STATE_OPTIONS, UsageError, type CliOptions } from './options.ts';
import {
  checkDataFile,
  checkOutput,
  checkStory,
  dataMounts,
  ensureBuilt,
  PrepareError,
} from './prepareFiles.ts';
import { createProgress } from './progress.ts';
import { ShotRenderer } from './renderShots.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const HELP = `Usage: npm run screenshot -- [view options] --out FILE [--size WxH] [--scale N] [--format png|pdf]
       npm run screenshot -- --batch views.json

View options (the map's URL parameters): ${STATE_OPTIONS.map((o) => `--${o}`).join(' ')}
  --data may be a local GeoJSON file or an http(s) URL.
--size     WIDTHxHEIGHT in CSS pixels, or social (1200x630), slide (1920x1080), a4 (default: social; a4 for PDF)
--scale    device pixel ratio, 0.5 to 4 (default 2): 1200x630 at 2 is a 2400x1260 PNG
--format   png or pdf (default: from --out's extension); PDF is one A4 landscape page
--out      the file to write; FILE.alt.txt gets the drafted alt text
--batch    a JSON array of views, each an object of the options above with its own "out"
           (paths relative to the current folder)
--build    rebuild dist/ first (it is built when missing)
--timeout  seconds to wait for each view (default 60)`;

function fail(message: string, code: number): never {
  process.stderr.write(`screenshot: ${message}\n`);
  process.exit(code);
}

function readBatch(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `Cannot read the batch file ${file}: ${(error as NodeJS.ErrnoException).code}.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The batch file ${file} is not valid JSON: ${(error as Error).message}.`);
  }
}

function prepare(options: CliOptions): string {
  const dist = ensureBuilt(ROOT, options.build, (line) => process.stderr.write(`${line}\n`));
  for (const shot of options.shots) {
    if (shot.dataFile) checkDataFile(shot.dataFile);
    else if (!shot.params.data) checkStory(dist, shot.params.story ?? 'victory-day-2023');
    checkOutput(shot.out);
  }
  return dist;
}

async function main(): Promise<void> {
  let options: CliOptions;
  let dist: string;
  try {
    options = parseCli(process.argv.slice(2), readBatch);
    if (options.help) {
      process.stdout.write(`${HELP}\n`);
      return;
    }
    dist = prepare(options);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PrepareError) fail(error.message, 2);
    throw error;
  }

  const { mounts, urls } = dataMounts(options.shots);
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  let failures = 0;
  try {
    server = await startStaticServer({ root: dist, mounts });
    browser = await launchChromium();
    const renderer = new ShotRenderer(browser, options.timeoutMs);
    const progress = createProgress(options.shots.length);
    for (const shot of options.shots) {
      const url = `${server.url}?${reportQuery(shot, shot.dataFile ? urls.get(shot.dataFile)! : null)}`;
      try {
        const { bytes, alt } = await renderer.render(shot, url);
        writeFileSync(shot.out, bytes);
        writeFileSync(`${shot.out}.alt.txt`, `${alt}\n`);
        progress.done(shot.out, true);
      } catch (error) {
        failures++;
        progress.done(shot.out, false);
        process.stderr.write(`screenshot: ${shot.out}: ${(error as Error).message}\n`);
      }
    }
    await renderer.close();
    process.stdout.write(`${progress.finish()}${failures > 0 ? `, ${failures} failed` : ''}\n`);
  } finally {
    await browser?.close();
    await server?.close();
  }
  if (failures > 0) process.exit(1);
}

main().catch((error: Error) => fail(error.stack ?? error.message, 1));
