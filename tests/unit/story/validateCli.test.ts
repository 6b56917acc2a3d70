// `npm run validate` on the seed story (clean) and on a copy broken in five places:
// each problem is reported with its file, row, id and field, and the exit code is 1.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SEED = 'data/victory-day-2023';
const temp = mkdtempSync(join(tmpdir(), 'tripoint-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function validate(path: string) {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const result = spawnSync(tsx, ['scripts/validate.ts', path], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, lines: result.stdout.split('\n').filter(Boolean) };
}

/** Replaces `from` with `to` on the row whose first cell is `id`; returns its row number. */
function breakRow(file: string, id: string, from: string, to: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${id},`));
  expect(lines[index]).toContain(from);
  lines[index] = lines[index]!.replace(from, to);
  writeFileSync(file, lines.join('\n'));
  return index + 1; // the header is row 1
}

describe('npm run validate', () => {
  it('passes the seed story', () => {
    const { status, lines } = validate(SEED);
    expect(lines).toEqual([`${SEED}: valid, 64 features, 0 warnings`]);
    expect(status).toBe(0);
  });

  it('reports each of five breaks in a copy of the seed story, and exits 1', () => {
    const copy = join(temp, 'victory-day-2023');
    cpSync(join(ROOT, SEED), copy, { recursive: true });
    const at = (file: string) => join(copy, file);
    const flow = breakRow(at('flows.csv'), 'cn-kp-exports-2023-06', ',154.7,', ',8x,');
    const move = breakRow(
      at('movements.csv'),
      'li-to-pyongyang-2023',
      '2023-07-26,2023-07-26',
      '2023-07-32,2023-07-26',
    );
    const place = breakRow(
      at('places.csv'),
      'kim-il-sung-square',
      '39.0195,125.7525',
      '125.7525,39.0195',
    );
    const source = breakRow(
      at('sources.csv'),
      'efe-2023-07-25',
      'https://efe.com',
      'ftp://efe.com',
    );
    const event = breakRow(
      at('events.csv'),
      'victory-day-parade-2023-07-27',
      ',kim-il-sung-square,',
      ',kim-il-sung-sq,',
    );

    const { status, lines } = validate(copy);
    expect(status).toBe(1);
    expect(lines).toEqual([
      `error: ${copy}/sources.csv row ${source} (id=efe-2023-07-25): url must be an http(s) URL, got "ftp://efe.com/en/latest-news/2023-07-25/pyongyang-to-mark-70-years-since-korean-war-armistice/"`,
      `error: ${copy}/places.csv row ${place} (id=kim-il-sung-square): lat: latitude 125.7525 is out of range [-90, 90] (longitude and latitude swapped? GeoJSON positions are [longitude, latitude])`,
      `error: ${copy}/movements.csv row ${move} (id=li-to-pyongyang-2023): start must be a date YYYY-MM-DD, got "2023-07-32"`,
      `error: ${copy}/flows.csv row ${flow} (id=cn-kp-exports-2023-06): value must be a number, got "8x"`,
      `error: ${copy}/events.csv row ${event} (id=victory-day-parade-2023-07-27): place refers to "kim-il-sung-sq", which is not the id of a place`,
      `${copy}: 5 errors, 0 warnings`,
    ]);
  });
});
