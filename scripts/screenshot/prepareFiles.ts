// What the CLI checks on disk before it starts a browser: the built app, the story, the
// local data file, and that every output can be written. Each problem is a clear message.
import { execFileSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ShotOptions } from './options.ts';

export class PrepareError extends Error {
  override name = 'PrepareError';
}

export function ensureBuilt(root: string, force: boolean, log: (line: string) => void): string {
  const dist = resolve(root, 'dist');
  if (force || !existsSync(resolve(dist, 'index.html'))) {
    log(
      force
        ? 'Building the app (--build)…'
        : 'dist/ is missing: building the app first (vite build)…',
    );
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  return dist;
}

export function checkStory(dist: string, story: string): void {
  if (existsSync(resolve(dist, 'geo', `${story}.geojson`))) return;
  const known = existsSync(resolve(dist, 'geo'))
    ? readdirSync(resolve(dist, 'geo'))
        .filter((name) => name.endsWith('.geojson'))
        .map((name) => name.replace(/\.geojson$/, ''))
    : [];
  throw new PrepareError(
    `Unknown story "${story}": dist/geo/${story}.geojson does not exist. ` +
      (known.length > 0
        ? `Known stories: ${known.join(', ')}.`
        : 'No story is built: run `npm run geo`, then --build.'),
  );
}

/** Reads and parses a local data file now, so a bad one fails before any browser starts. */
export function checkDataFile(file: string): void {
  let text: string;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PrepareError(
      `Cannot read the data file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
  try {
    JSON.parse(text);
  } catch (error) {
    throw new PrepareError(`The data file ${file} is not valid JSON: ${(error as Error).message}.`);
  }
}

/** Creates the output's folder if needed and checks it can be written. */
export function checkOutput(out: string): void {
  const folder = dirname(resolve(out));
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    if (existsSync(out) && statSync(out).isDirectory())
      throw Object.assign(new Error(), { code: 'EISDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new PrepareError(
      `Cannot write ${out}: ${code} (check the folder exists and is writable).`,
    );
  }
}

/** Folders to serve for the shots' local data files, and each file's URL relative to the app. */
export function dataMounts(shots: readonly ShotOptions[]): {
  mounts: Record<string, string>;
  urls: Map<string, string>;
} {
  const mounts: Record<string, string> = {};
  const urls = new Map<string, string>();
  const folders = new Map<string, string>();
  for (const shot of shots) {
    if (!shot.dataFile || urls.has(shot.dataFile)) continue;
    const folder = dirname(resolve(shot.dataFile));
    let prefix = folders.get(folder);
    if (!prefix) {
      prefix = `/_data/${folders.size}/`;
      folders.set(folder, prefix);
      mounts[prefix] = folder;
    }
    urls.set(shot.dataFile, `.${prefix}${encodeURIComponent(basename(shot.dataFile))}`);
  }
  return { mounts, urls };
}
