// Tripoint's own hostile inputs (tests/fixtures/hostile), beside the shared corpus.
import { readFileSync } from 'node:fs';
import type { LineString } from 'geojson';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeoJsonFile } from '../../../scripts/lib/readGeoJsonFile.ts';
import { formatProblem } from '../../../src/story/problem.ts';
import { HOSTILE_FIXTURES } from './corpusPaths.ts';

interface Entry {
  file: string;
  expect: 'accept' | 'reject';
  warn?: boolean;
  keyword?: string;
}
const entries = (
  JSON.parse(readFileSync(resolve(HOSTILE_FIXTURES, 'manifest.json'), 'utf8')) as { files: Entry[] }
).files;
const read = (file: string) => readGeoJsonFile(resolve(HOSTILE_FIXTURES, file), file);

describe('tests/fixtures/hostile', () => {
  it.each(entries)('$file: $expect', (entry) => {
    const result = read(entry.file);
    expect(result.ok ? 'accept' : 'reject').toBe(entry.expect);
    if (!result.ok) {
      const lines = result.refusal.problems.map(formatProblem);
      expect(
        lines.some((line) => line.includes(entry.keyword!)),
        lines.join('\n'),
      ).toBe(true);
      // Paths stay readable even when the nesting is not.
      expect(lines.every((line) => line.length < 400)).toBe(true);
    } else if (entry.warn) expect(result.data.warnings.length).toBeGreaterThan(0);
  });

  it('lists the first 50 problems and counts the rest', () => {
    const result = read('sixty-bad-latitudes.geojson');
    if (result.ok) throw new Error('accepted');
    expect(result.refusal.problems).toHaveLength(50);
    expect(result.refusal.more).toBe(10);
    expect(result.refusal.problems[3]).toMatchObject({
      index: 3,
      id: 'bad-3',
      field: 'geometry.coordinates[1]',
    });
  });

  it('derives the arc of a movement without geometry and keeps plain features apart', () => {
    const result = read('tripoint-movement-null-geometry.geojson');
    if (!result.ok) throw new Error(result.refusal.problems.map(formatProblem).join('\n'));
    const movement = result.data.collection.features.find((f) => f.properties.id === 'm1')!;
    expect(movement.geometry?.type).toBe('LineString');
    const line = (movement.geometry as LineString).coordinates;
    expect(line[0]).toEqual([37.6173, 55.7558]);
    expect(line[line.length - 1]).toEqual([125.7625, 39.0392]);
    expect(line.length).toBeGreaterThan(8);
    expect(result.data.other.map((f) => f.id)).toEqual(['river']);
  });
});
