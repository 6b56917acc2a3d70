// The corpus's large cases, made at test time by its generator into a temporary folder
// (never committed): refused by the size, depth, count or string limits, or loaded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGeoJsonFile } from '../../../scripts/lib/readGeoJsonFile.ts';
import { formatProblem } from '../../../src/story/problem.ts';
import { GEOJSON_DIR, readManifest, REJECT_KEYWORDS } from './corpusPaths.ts';

const generated = readManifest(GEOJSON_DIR).filter((entry) => entry.generator);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tripoint-generated-'));
  for (const entry of generated) {
    const [script, mode, size] = entry.generator!.split(' ');
    execFileSync('node', [resolve(GEOJSON_DIR, script!), mode!, size!, dir], { stdio: 'ignore' });
  }
  // Beyond the manifest: just over the feature-count limit, and the README's 5,000-deep file.
  execFileSync(
    'node',
    [resolve(GEOJSON_DIR, 'generators/generate.mjs'), 'many-features', '100001', dir],
    { stdio: 'ignore' },
  );
  execFileSync(
    'node',
    [resolve(GEOJSON_DIR, 'generators/generate.mjs'), 'deep-nesting', '5000', dir],
    { stdio: 'ignore' },
  );
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const resultFor = (name: string) => readGeoJsonFile(join(dir, name), name);

describe('the generated corpus', () => {
  it.each(generated)('$file: $expect', (entry) => {
    const name = entry.file.replace('generated/', '');
    expect(readdirSync(dir)).toContain(name);
    const result = resultFor(name);
    expect(result.ok ? 'accept' : 'reject').toBe(entry.expect);
    if (!result.ok) {
      const lines = result.refusal.problems.map(formatProblem);
      expect(
        lines.some((line) => REJECT_KEYWORDS[entry.file]!.test(line)),
        lines.join('\n'),
      ).toBe(true);
    } else if (entry.warn) {
      expect(result.data.warnings.length).toBeGreaterThan(0);
    }
  });

  it('refuses 100,001 features with the feature-count limit', () => {
    const result = resultFor('many-features-100001.geojson');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatProblem(result.refusal.problems[0]!)).toMatch(
        /100,001 features; Tripoint loads at most 100,000/,
      );
  });

  it('refuses coordinates nested 5,000 deep without overflowing the stack', () => {
    const result = resultFor('deep-nesting-5k.geojson');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.problems[0]).toMatchObject({
        index: 0,
        id: 'deep-1',
        severity: 'error',
      });
      expect(result.refusal.problems[0]!.message).toMatch(/nested more than 4 arrays deep/);
    }
  });
});
