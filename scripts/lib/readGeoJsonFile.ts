// A user's .geojson file from disk, through the same pipeline as the app (src/load): the
// size is checked with stat() before a byte is read, so a 100 MB file is refused cheaply.
import { readFileSync, statSync } from 'node:fs';
import { formatBytes, LIMITS } from '../../src/load/limits.ts';
import { problem } from '../../src/load/loadProblem.ts';
import { readGeoJsonBytes, type ReadResult } from '../../src/load/readGeoJson.ts';

export function readGeoJsonFile(path: string, name = path): ReadResult {
  const size = statSync(path).size;
  if (size > LIMITS.maxBytes) {
    const text = `the file is ${formatBytes(size)}; Tripoint loads files up to ${formatBytes(LIMITS.maxBytes)}.`;
    return {
      ok: false,
      refusal: { file: name, problems: [problem('error', name, '', text)], more: 0 },
    };
  }
  return readGeoJsonBytes(new Uint8Array(readFileSync(path)), name);
}
