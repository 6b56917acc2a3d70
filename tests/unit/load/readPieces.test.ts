// The loader's pieces on their own: decoding, JSON error positions, limits, crs.
import { describe, expect, it } from 'vitest';
import { checkLimits } from '../../../src/load/checkLimits.ts';
import { decodeText } from '../../../src/load/decodeText.ts';
import { LIMITS } from '../../../src/load/limits.ts';
import { locateJsonError } from '../../../src/load/locateJsonError.ts';
import { normalizeInput } from '../../../src/load/normalizeInput.ts';
import { parseJsonText } from '../../../src/load/parseJsonText.ts';
import { readGeoJsonBytes } from '../../../src/load/readGeoJson.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('strips a UTF-8 BOM and says so', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({
      text: '{}',
      strippedBom: true,
    });
  });
  it('refuses UTF-16 with or without a BOM, and bytes that are not UTF-8', () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toThrow(
      /UTF-16 \(little-endian\)/,
    );
    expect(() => decodeText(new Uint8Array([0, 0x7b, 0, 0x22, 0, 0x61, 0, 0x22]))).toThrow(
      /big-endian/,
    );
    expect(() => decodeText(new Uint8Array([0x22, 0xe9, 0x22]))).toThrow(/not valid UTF-8/);
  });
});

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1}', null],
    ['[1, 2, {"b": [true, false, null, "x\\u00e9"]}]', null],
    ['{"a": 1,}', { line: 1, column: 9 }],
    ['{\n  "a": [1, 2\n', { line: 3, column: 1 }],
    ['{"a": NaN}', { line: 1, column: 7 }],
    ['{"a": 01}', { line: 1, column: 8 }],
    ['{"a": "tab\there"}', { line: 1, column: 11 }],
    ['{}\n{}', { line: 2, column: 1 }],
    ['{\u00a0"a": 1}', { line: 1, column: 2 }],
  ])('%j', (text, expected) => {
    const found = locateJsonError(text);
    expect(found && { line: found.line, column: found.column }).toEqual(expected);
    // It agrees with JSON.parse about what is JSON.
    expect(found === null).toBe(
      (() => {
        try {
          JSON.parse(text);
          return true;
        } catch {
          return false;
        }
      })(),
    );
  });
  it('walks 100,000 open brackets without recursion', () => {
    expect(locateJsonError('['.repeat(100_000))?.reason).toMatch(/ends too early/);
  });
  it('reports JSON.parse failures with line and column', () => {
    expect(() => parseJsonText('{\n "a": tru }')).toThrow(/line 2, column 7/);
  });
});

describe('checkLimits', () => {
  const line = (n: number) => ({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'l',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: Array.from({ length: n }, (_, i) => [i / n, 0]),
        },
      },
    ],
  });
  it('counts positions against the limit', () => {
    const limits = { ...LIMITS, maxPositions: 100 };
    expect(checkLimits(line(100), 'f', limits).problems).toEqual([]);
    expect(checkLimits(line(101), 'f', limits).problems[0]!.message).toMatch(
      /more than 100 positions/,
    );
  });
  it('names the feature and the path of a string that is too long', () => {
    const json = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'x', properties: { note: 'a'.repeat(20) }, geometry: null },
      ],
    };
    const [found] = checkLimits(json, 'f', { ...LIMITS, maxStringChars: 10 }).problems;
    expect(found).toMatchObject({ index: 0, id: 'x', field: 'properties.note' });
  });
  it('notices unpaired surrogates, which the normaliser replaces', () => {
    const json = JSON.parse(
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a\\ud800b"},"geometry":null}]}',
    );
    expect(checkLimits(json, 'f').loneSurrogates).toBe(true);
    normalizeInput(json, 'f', { loneSurrogates: true });
    expect(() => encodeURIComponent(json.features[0].properties.name)).not.toThrow();
  });
});

describe('readGeoJsonBytes', () => {
  it('refuses a file over the size limit before decoding it', () => {
    const result = readGeoJsonBytes(new Uint8Array(LIMITS.maxBytes + 1), 'big.geojson');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.problems[0]!.message).toMatch(/50\.0 MB/);
  });
  it('keeps "__proto__" and "constructor" keys as plain data', () => {
    const text =
      '{"type":"Feature","properties":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}},"geometry":{"type":"Point","coordinates":[1,2]}}';
    const result = readGeoJsonBytes(bytes(text), 'p.geojson');
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(Object.keys(result.data.other[0]!.properties!)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
