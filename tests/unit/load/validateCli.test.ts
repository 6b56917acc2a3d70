// `npm run validate` on single files runs the app's loader (scripts/lib/readGeoJsonFile.ts,
// covered file by file in corpus.test.ts); these real spawns prove the exit codes and output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GEOJSON_DIR, REPO_ROOT } from './corpusPaths.ts';

const temp = mkdtempSync(join(tmpdir(), 'tripoint-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function validate(file: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', file], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('npm run validate on hostile files', () => {
  it('exits 0 for an accepted file and prints its warnings', () => {
    const { code, out } = validate(resolve(GEOJSON_DIR, 'utf8-bom.geojson'));
    expect(out).toMatch(/warning: .*byte order mark/);
    expect(out).toMatch(/valid, 1 features/);
    expect(code).toBe(0);
  });

  it('exits 1 for a refused file, naming feature, field and problem', () => {
    const { code, out } = validate(resolve(GEOJSON_DIR, 'lon-out-of-range.geojson'));
    expect(out).toMatch(
      /error: .*lon-out-of-range\.geojson feature 1 \(id=bad-1\): geometry\.coordinates\[0\]: longitude 540\.5/,
    );
    expect(code).toBe(1);
  });

  it('exits 1 for coordinates nested 100,000 deep, without a stack overflow', () => {
    const file = join(temp, 'deep.geojson');
    const depth = 100_000;
    writeFileSync(
      file,
      `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":${'['.repeat(depth)}0,0${']'.repeat(depth)}}}]}`,
    );
    const { code, out } = validate(file);
    expect(out).toMatch(/nested more than 4 arrays deep/);
    expect(out).not.toMatch(/Maximum call stack/);
    expect(code).toBe(1);
  });
});
