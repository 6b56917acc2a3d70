// The committed geo/ must be exactly what `npm run geo` builds from data/ today.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStoryFiles } from '../../../scripts/geo/buildStoryFiles.ts';

const ROOT = join(import.meta.dirname, '../../..');
const out = mkdtempSync(join(tmpdir(), 'tripoint-geo-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('geo/', () => {
  const { problems, written } = buildStoryFiles(join(ROOT, 'data'), out);

  it('builds from data/ without errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(written.length).toBeGreaterThan(1);
  });

  for (const name of readdirSync(out).sort()) {
    it(`has the committed ${name} byte for byte (run npm run geo)`, () => {
      const fresh = readFileSync(join(out, name));
      const committed = readFileSync(join(ROOT, 'geo', name));
      expect(committed.equals(fresh)).toBe(true);
    });
  }

  it('keeps the story small enough to load fast', () => {
    for (const path of written) expect(readFileSync(path).length).toBeLessThan(200_000);
  });
});
