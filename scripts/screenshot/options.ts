// Command-line options of `npm run screenshot`, parsed and checked without touching the
// disk or a browser (pure, unit-tested). The state options are the URL's own parameters
// (STATE_PARAMS in src/state/appState.ts), checked by the app's own parsers, so the CLI
// accepts exactly what a URL accepts.
import { parseAppState, STATE_PARAMS } from '../../src/state/appState.ts';

export type Format = 'png' | 'pdf';

export interface ShotOptions {
  /** URL parameters for the app (without mode): story, layers, from… */
  params: Record<string, string>;
  /** A local GeoJSON file to show instead of a story (served beside the app). */
  dataFile: string | null;
  width: number;
  height: number;
  scale: number;
  format: Format;
  out: string;
}

export interface CliOptions {
  shots: ShotOptions[];
  /** The batch file the shots came from, if any. */
  batch: string | null;
  build: boolean;
  help: boolean;
  timeoutMs: number;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Named sizes; A4 landscape at 96 CSS px per inch, as Chromium lays out print. */
export const SIZE_PRESETS: Record<string, [number, number]> = {
  social: [1200, 630],
  slide: [1920, 1080],
  a4: [1123, 794],
};

// `mode` is always report; `title` and `select` belong to embed and browse.
const NOT_FOR_REPORTS = new Set(['mode', 'title', 'select']);
export const STATE_OPTIONS = STATE_PARAMS.filter((name) => !NOT_FOR_REPORTS.has(name));
const OWN_OPTIONS = ['size', 'scale', 'format', 'out', 'batch', 'build', 'help', 'timeout'];
const FLAGS = new Set(['build', 'help']);
const MAX_PIXELS = 8000;

export function parseSize(value: string): [number, number] {
  const preset = SIZE_PRESETS[value.toLowerCase()];
  if (preset) return preset;
  const match = /^(\d{2,5})x(\d{2,5})$/i.exec(value);
  const [width, height] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(width >= 50 && height >= 50 && width <= MAX_PIXELS && height <= MAX_PIXELS)) {
    throw new UsageError(
      `--size must be WIDTHxHEIGHT in CSS pixels between 50 and ${MAX_PIXELS} (e.g. 1200x630) or one of ${Object.keys(SIZE_PRESETS).join(', ')}; got "${value}".`,
    );
  }
  return [width, height];
}

export function parseScale(value: string): number {
  const scale = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(scale >= 0.5 && scale <= 4))
    throw new UsageError(`--scale must be a number from 0.5 to 4 (e.g. 2); got "${value}".`);
  return scale;
}

function parseFormat(value: string | undefined, out: string): Format {
  const format = value ?? (/\.pdf$/i.test(out) ? 'pdf' : 'png');
  if (format !== 'png' && format !== 'pdf')
    throw new UsageError(`--format must be png or pdf; got "${format}".`);
  const extension = /\.(\w+)$/.exec(out)?.[1]?.toLowerCase();
  if (extension && extension !== format) {
    throw new UsageError(`--out "${out}" ends in .${extension} but the format is ${format}.`);
  }
  return format;
}

/** Checks one state option with the app's parser: a bad value is an error here, not a notice. */
function checkStateOption(name: string, value: string): void {
  const { notices } = parseAppState(new URLSearchParams({ [name]: value }).toString());
  if (notices.length > 0)
    throw new UsageError(`--${name} "${value}" is not a valid value (the map would ignore it).`);
}

/** Turns `--name value` / `--name=value` pairs into a record; flags take no value. */
export function readPairs(argv: readonly string[]): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match)
      throw new UsageError(`Unexpected argument "${arg}": options are --name value (see --help).`);
    const name = match[1]!;
    if (!STATE_OPTIONS.includes(name) && !OWN_OPTIONS.includes(name)) {
      throw new UsageError(
        `Unknown option --${name}. Options: ${[...STATE_OPTIONS, ...OWN_OPTIONS].map((o) => `--${o}`).join(' ')}.`,
      );
    }
    if (Object.hasOwn(pairs, name)) throw new UsageError(`--${name} is given twice.`);
    if (FLAGS.has(name)) {
      pairs[name] = 'true';
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value.`);
    }
    pairs[name] = value;
  }
  return pairs;
}

/** One shot from its options (from argv, or one entry of a batch file). */
export function shotFromPairs(pairs: Record<string, string>): ShotOptions {
  const out = pairs.out;
  if (!out) throw new UsageError('--out FILE is required (e.g. --out map.png).');
  const format = parseFormat(pairs.format, out);
  // PDF pages are A4 landscape; PNGs default to the social card.
  const [width, height] = parseSize(pairs.size ?? (format === 'pdf' ? 'a4' : 'social'));
  const [a4Width, a4Height] = SIZE_PRESETS.a4!;
  if (format === 'pdf' && (width !== a4Width || height !== a4Height)) {
    throw new UsageError(
      `PDF pages are A4 landscape: leave out --size or give --size a4 (got ${width}x${height}).`,
    );
  }
  const params: Record<string, string> = {};
  let dataFile: string | null = null;
  for (const name of STATE_OPTIONS) {
    const value = pairs[name];
    if (value === undefined) continue;
    if (name === 'data' && !/^https?:\/\//i.test(value)) {
      // A local file: the CLI serves it beside the app and fills in the URL.
      dataFile = value;
      continue;
    }
    checkStateOption(name, value);
    params[name] = value;
  }
  if (dataFile && params.story) throw new UsageError('Give --story or --data, not both.');
  return {
    params,
    dataFile,
    width,
    height,
    scale: parseScale(pairs.scale ?? '2'),
    format,
    out,
  };
}

/** A batch entry's values may be strings, numbers or arrays (layers: ["place", "movement"]). */
export function pairsFromBatchEntry(entry: unknown, index: number): Record<string, string> {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new UsageError(
      `Batch entry ${index + 1} must be an object like {"out": "a.png", "size": "1200x630"}.`,
    );
  }
  const pairs: Record<string, string> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'batch' || key === 'build' || key === 'help' || key === 'timeout') {
      throw new UsageError(
        `Batch entry ${index + 1}: "${key}" is a command-line option, not a view option.`,
      );
    }
    if (!STATE_OPTIONS.includes(key) && !OWN_OPTIONS.includes(key)) {
      throw new UsageError(`Batch entry ${index + 1}: unknown option "${key}".`);
    }
    if (Array.isArray(value)) pairs[key] = value.map(String).join(',');
    else if (typeof value === 'string' || typeof value === 'number') pairs[key] = String(value);
    else
      throw new UsageError(
        `Batch entry ${index + 1}: "${key}" must be a string, a number or a list.`,
      );
  }
  return pairs;
}

/** Parses argv; the batch file's entries are passed in by the caller (it reads the file). */
export function parseCli(
  argv: readonly string[],
  readBatch?: (file: string) => unknown,
): CliOptions {
  const pairs = readPairs(argv);
  const help = pairs.help === 'true';
  const build = pairs.build === 'true';
  const timeoutMs = pairs.timeout ? Number(pairs.timeout) * 1000 : 60_000;
  if (!(timeoutMs > 0))
    throw new UsageError(`--timeout must be a number of seconds; got "${pairs.timeout}".`);
  if (help) return { shots: [], batch: null, build, help, timeoutMs };
  if (!pairs.batch) return { shots: [shotFromPairs(pairs)], batch: null, build, help, timeoutMs };
  const others = Object.keys(pairs).filter((name) => !['batch', 'build', 'timeout'].includes(name));
  if (others.length > 0) {
    throw new UsageError(
      `--batch takes the views from its file; move ${others.map((o) => `--${o}`).join(', ')} into it.`,
    );
  }
  const entries = readBatch?.(pairs.batch);
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new UsageError(
      `${pairs.batch} must hold a JSON array of views, e.g. [{"out": "a.png"}].`,
    );
  }
  const shots = entries.map((entry, index) => {
    try {
      return shotFromPairs(pairsFromBatchEntry(entry, index));
    } catch (error) {
      const message = (error as Error).message;
      throw new UsageError(
        message.startsWith('Batch entry') ? message : `Batch entry ${index + 1}: ${message}`,
      );
    }
  });
  const outs = new Set<string>();
  for (const shot of shots) {
    if (outs.has(shot.out))
      throw new UsageError(`Two views in ${pairs.batch} write the same file: ${shot.out}.`);
    outs.add(shot.out);
  }
  return { shots, batch: pairs.batch, build, help, timeoutMs };
}

/** The query string for report mode. */
export function reportQuery(shot: ShotOptions, dataUrl: string | null): string {
  const params = new URLSearchParams({ ...shot.params, mode: 'report' });
  if (dataUrl) params.set('data', dataUrl);
  return params.toString().replace(/%2C/g, ',');
}
