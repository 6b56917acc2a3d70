// The shared hostile URL cases, mapped to Tripoint's parameter names, plus a seeded random
// set. Pure: the browser test opens each query.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TEST_MATERIAL } from '../unit/load/corpusPaths.ts';

// The corpus guesses names; these are Tripoint's (src/state/appState.ts).
const RENAME: Record<string, string> = {
  kind: 'layers',
  selected: 'select',
  year: 'period',
  q: 'title',
  embed: 'mode',
  filters: 'actors',
  state: 'story',
  zoom: 'view',
  center: 'view',
  ll: 'view',
  bbox: 'view',
};
const VIEW_PARTS = ['lat', 'lng', 'z'];

/** Maps one query (with or without a hash) without decoding it: raw bytes stay raw. */
export function mapCase(line: string): string {
  const hashAt = line.indexOf('#');
  const query = hashAt >= 0 ? line.slice(0, hashAt) : line;
  const hash = hashAt >= 0 ? line.slice(hashAt) : '';
  if (!query.startsWith('?')) return line;
  const view: string[] = [];
  const out: string[] = [];
  for (const pair of query.slice(1).split('&')) {
    const eq = pair.indexOf('=');
    const name = eq >= 0 ? pair.slice(0, eq) : pair;
    const value = eq >= 0 ? pair.slice(eq + 1) : '';
    if (VIEW_PARTS.includes(name)) view[VIEW_PARTS.indexOf(name)] = value;
    else if (name === 'embed')
      out.push(`mode=${value === '1' || value === 'true' ? 'embed' : value}`);
    else out.push(RENAME[name] ? `${RENAME[name]}${eq >= 0 ? '=' : ''}${value}` : pair);
  }
  if (view.length) out.unshift(`view=${[view[0] ?? '', view[1] ?? '', view[2] ?? ''].join(',')}`);
  return `?${out.join('&')}${hash}`;
}

export interface UrlCase {
  /** The line as written in url-cases.txt. */
  line: string;
  /** The same case with Tripoint's parameter names. */
  query: string;
  /** The "## " heading the line sits under: one class of hostile input. */
  section: string;
}

export function sharedUrlCases(): UrlCase[] {
  let section = '';
  const cases: UrlCase[] = [];
  for (const line of readFileSync(resolve(TEST_MATERIAL, 'url-cases.txt'), 'utf8').split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).trim();
    // "# note", "## section" and "#  expect:" are comments; "#map=…" and "#" alone are cases.
    if (line.trim() === '' || /^##? /.test(line)) continue;
    cases.push({ line, query: mapCase(line), section });
  }
  return cases;
}

/** The generated large cases the file asks for (its last comment line). */
export function largeUrlCases(titleChars = 2 * 1024 * 1024): string[] {
  return [
    `?title=${'A'.repeat(titleChars)}`,
    `?${Array.from({ length: 10_000 }, (_, i) => `p${i}=${i}`).join('&')}`,
  ];
}

const NAMES = [
  'story',
  'data',
  'layers',
  'actors',
  'from',
  'to',
  'period',
  'lang',
  'theme',
  'mode',
  'title',
  'view',
  'select',
  '__proto__',
  'constructor',
  'x',
];
const VALUES = [
  '',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x10',
  '%00',
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '+',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'javascript:window.__pwned=true',
  'https://attacker.invalid/x',
  'data:text/html,x',
  'blob:https://attacker.invalid/0c1d',
  '%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3Dtrue%3E',
  '2023-02-30',
  '2023-07-26',
  '9999-12-31',
  '2023-13',
  'place,movement',
  'flow,,claim',
  'PRK,CHN',
  'prk',
  'embed',
  'report',
  'browse',
  'dark',
  'id',
  '0',
  '1',
  '51.5,-0.1,3',
  '91,181,2',
  '0,0,99',
  '1,2',
  ',,',
  'a'.repeat(3000),
  '\u202e',
  '%E2%80%AE',
  'victory-day-2023',
  '../x',
];

/** Deterministic queries: 1–4 parameters each, names and values from hostile pools. */
export function randomUrlCases(count: number, seed = 7): string[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % n;
  };
  return Array.from({ length: count }, () => {
    const pairs = Array.from(
      { length: 1 + next(4) },
      () => `${NAMES[next(NAMES.length)]}=${VALUES[next(VALUES.length)]}`,
    );
    return `?${pairs.join('&')}`;
  });
}
