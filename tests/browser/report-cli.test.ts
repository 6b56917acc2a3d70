// `npm run screenshot` end to end: exact pixel sizes, the same PNG twice, a batch of views in
// one browser (two small goldens and an A4 PDF), and clear refusals with non-zero exits.
// Goldens: UPDATE_GOLDENS=1 rewrites tests/golden/report/*.png; a failing comparison writes
// test-results/report-<name>-diff.png.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const GOLDENS = join(ROOT, 'tests/golden/report');
let tmp: string;

function screenshot(args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/screenshot/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function readPng(file: string): PNG {
  return PNG.sync.read(readFileSync(file));
}

/** Distinct colours in a sample of pixels: a blank or single-colour page has one or two. */
function colourCount(png: PNG): number {
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  return colours.size;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tripoint-report-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('one view', () => {
  it('1200x630 at scale 2 is a 2400x1260 PNG, not blank, with its alt text — and identical twice', () => {
    const args = [
      '--from',
      '2023-07-24',
      '--to',
      '2023-07-28',
      '--size',
      '1200x630',
      '--scale',
      '2',
    ];
    const first = screenshot([...args, '--out', join(tmp, 'a.png')]);
    expect(first.stderr).not.toMatch(/FAILED/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^1 image in \d+\.\d s \(\d+\.\d\d s each\)$/m);
    const png = readPng(join(tmp, 'a.png'));
    expect([png.width, png.height]).toEqual([2400, 1260]);
    expect(colourCount(png)).toBeGreaterThan(20);
    const alt = readFileSync(join(tmp, 'a.png.alt.txt'), 'utf8');
    expect(alt).toMatch(/^Map: .+ Sources: .+ Basemap: Natural Earth, de facto boundaries\.\n$/s);

    expect(screenshot([...args, '--out', join(tmp, 'b.png')]).code).toBe(0);
    const again = readPng(join(tmp, 'b.png'));
    const changed = pixelmatch(png.data, again.data, undefined, png.width, png.height, {
      threshold: 0,
    });
    if (changed > 0) {
      // Both kept for a look: a difference here means the picture depends on timing.
      mkdirSync(join(ROOT, 'test-results'), { recursive: true });
      for (const name of ['a.png', 'b.png'])
        writeFileSync(
          join(ROOT, `test-results/report-twice-${name}`),
          readFileSync(join(tmp, name)),
        );
    }
    expect(changed, 'see test-results/report-twice-a.png and -b.png').toBe(0);
  });
});

describe('a batch in one browser', () => {
  const views = () => [
    {
      out: join(tmp, 'golden-movements.png'),
      size: '400x300',
      scale: 1,
      layers: 'place,movement',
      from: '2023-07-24',
      to: '2023-07-28',
    },
    {
      out: join(tmp, 'golden-trade-id.png'),
      size: '400x300',
      scale: 1,
      layers: 'place,flow',
      lang: 'id',
    },
    { out: join(tmp, 'page.pdf') },
  ];

  beforeAll(() => {
    writeFileSync(join(tmp, 'views.json'), JSON.stringify(views()));
    const result = screenshot(['--batch', join(tmp, 'views.json')]);
    expect(result.stderr).not.toMatch(/FAILED/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^3 images in \d+\.\d s \(\d+\.\d\d s each\)$/m);
    // Not a terminal here: one plain progress line per view.
    expect(result.stderr).toMatch(/^1\/3 wrote .*golden-movements\.png$/m);
    expect(result.stderr).toMatch(/^3\/3 wrote .*page\.pdf$/m);
  });

  it('writes a one-page A4 landscape PDF with its alt text', () => {
    const pdf = readFileSync(join(tmp, 'page.pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt.
    expect(Number(box?.[1])).toBeCloseTo(841.9, 0);
    expect(Number(box?.[2])).toBeCloseTo(595.3, 0);
    expect(existsSync(join(tmp, 'page.pdf.alt.txt'))).toBe(true);
  });

  for (const name of ['golden-movements', 'golden-trade-id']) {
    it(`${name} matches its golden within the tolerance`, () => {
      const actual = readPng(join(tmp, `${name}.png`));
      expect([actual.width, actual.height]).toEqual([400, 300]);
      const golden = join(GOLDENS, `${name}.png`);
      if (process.env.UPDATE_GOLDENS === '1' || !existsSync(golden)) {
        mkdirSync(GOLDENS, { recursive: true });
        writeFileSync(golden, readFileSync(join(tmp, `${name}.png`)));
        if (process.env.UPDATE_GOLDENS !== '1')
          throw new Error(`${golden} was missing and has been written: check it and commit it.`);
        return;
      }
      const expected = readPng(golden);
      expect([expected.width, expected.height]).toEqual([400, 300]);
      const diff = new PNG({ width: 400, height: 300 });
      const differing = pixelmatch(expected.data, actual.data, diff.data, 400, 300, {
        threshold: 0.1,
      });
      // Anti-aliasing may differ a little between Chromium builds; a moved arc or label won't.
      const share = differing / (400 * 300);
      if (share > 0.005) {
        mkdirSync(join(ROOT, 'test-results'), { recursive: true });
        writeFileSync(join(ROOT, `test-results/report-${name}-diff.png`), PNG.sync.write(diff));
        writeFileSync(join(ROOT, `test-results/report-${name}-actual.png`), PNG.sync.write(actual));
      }
      expect(share, `see test-results/report-${name}-diff.png`).toBeLessThanOrEqual(0.005);
    });
  }
});

describe('refusals', () => {
  it('exits 2 with a clear message for bad options, a missing story, a bad data file or an unwritable output', () => {
    const cases: [string[], RegExp][] = [
      [['--colour', 'red', '--out', join(tmp, 'x.png')], /Unknown option --colour/],
      [
        ['--story', 'no-such-story', '--out', join(tmp, 'x.png')],
        /Unknown story "no-such-story".*Known stories: .*victory-day-2023/,
      ],
      [
        ['--data', join(tmp, 'missing.geojson'), '--out', join(tmp, 'x.png')],
        /Cannot read the data file .*missing\.geojson: ENOENT/,
      ],
      [['--out', join(tmp, 'a.png', 'x.png')], /Cannot write .*x\.png/],
      [['--batch', join(tmp, 'none.json')], /Cannot read the batch file/],
    ];
    writeFileSync(join(tmp, 'broken.geojson'), '{"type": "FeatureCollection", ');
    cases.push([
      ['--data', join(tmp, 'broken.geojson'), '--out', join(tmp, 'x.png')],
      /broken\.geojson is not valid JSON/,
    ]);
    for (const [args, message] of cases) {
      const result = screenshot(args);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr).toMatch(/^screenshot: /);
      expect(result.code, args.join(' ')).toBe(2);
    }
    expect(existsSync(join(tmp, 'x.png'))).toBe(false);
  });
});
