// Every file of the shared GeoJSON corpus through the loader the app and the CLI use:
// `reject` files are refused with a message naming the problem (a keyword chosen from the
// manifest's "why"), `accept` files load, with a warning where the manifest asks for one.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/story/problem.ts';
import { readGeoJsonFile } from '../../../scripts/lib/readGeoJsonFile.ts';
import { GEOJSON_DIR, readManifest, REJECT_KEYWORDS } from './corpusPaths.ts';

const entries = readManifest(GEOJSON_DIR).filter((entry) => !entry.generator);

describe('the shared GeoJSON corpus', () => {
  it('has a keyword for every file the manifest rejects', () => {
    const missing = readManifest(GEOJSON_DIR)
      .filter((entry) => entry.expect === 'reject' && !REJECT_KEYWORDS[entry.file])
      .map((entry) => entry.file);
    expect(missing).toEqual([]);
  });

  describe.each(entries.filter((entry) => entry.expect === 'reject'))('refuses $file', (entry) => {
    const result = readGeoJsonFile(resolve(GEOJSON_DIR, entry.file), entry.file);

    it('as a whole, naming the problem', () => {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const lines = result.refusal.problems.map(formatProblem);
      expect(
        lines.some((line) => REJECT_KEYWORDS[entry.file]!.test(line)),
        lines.join('\n'),
      ).toBe(true);
      expect(lines.every((line) => line.startsWith(entry.file))).toBe(true);
    });

    if (entry.scope === 'feature') {
      it('naming the bad feature by index and id, not the good one', () => {
        if (result.ok) throw new Error('accepted');
        const errors = result.refusal.problems.filter((p) => p.severity === 'error');
        const badId = entry.featureIds!.invalid[0];
        for (const error of errors) {
          expect(error.index).toBe(1);
          if (typeof badId === 'string') expect(error.id).toBe(badId);
        }
      });
    }
  });

  describe.each(entries.filter((entry) => entry.expect === 'accept'))('loads $file', (entry) => {
    const result = readGeoJsonFile(resolve(GEOJSON_DIR, entry.file), entry.file);

    it(entry.warn ? 'with a warning' : 'without an error', () => {
      if (!result.ok) throw new Error(result.refusal.problems.map(formatProblem).join('\n'));
      const { collection, other, warnings } = result.data;
      expect(collection.features.length + other.length).toBeGreaterThan(0);
      expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
      if (entry.warn) expect(warnings.length).toBeGreaterThan(0);
    });

    it('leaves only finite 2D positions in range for the map', () => {
      if (!result.ok) throw new Error('refused');
      const text = JSON.stringify(result.data.other.map((f) => f.geometry));
      for (const match of text.matchAll(/\[(-?[\d.e+-]+),(-?[\d.e+-]+)(,[^\]]*)?\]/g)) {
        expect(match[3], `position ${match[0]}`).toBeUndefined();
        expect(Math.abs(Number(match[2]))).toBeLessThanOrEqual(90);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
