// Where the shared hostile-input corpus lives: beside the repository (CI clones it there too).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const TEST_MATERIAL = resolve(REPO_ROOT, '../shared/test-material');
export const GEOJSON_DIR = resolve(TEST_MATERIAL, 'geojson');
export const HOSTILE_FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/hostile');

export interface ManifestEntry {
  file: string;
  expect: 'accept' | 'reject';
  scope?: 'file' | 'feature';
  warn?: boolean;
  generator?: string;
  featureIds?: { valid: unknown[]; invalid: unknown[] };
  why: string;
}

export function readManifest(dir: string): ManifestEntry[] {
  return (
    JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as { files: ManifestEntry[] }
  ).files;
}

// What the refusal must say, per file: the problem in the reader's words.
export const REJECT_KEYWORDS: Record<string, RegExp> = {
  'not-json.geojson': /not valid JSON.*HTML/,
  'empty-file.geojson': /empty/,
  'truncated-json.geojson': /not valid JSON: line 5, column \d+: the text ends too early/,
  'trailing-comma.geojson': /not valid JSON: line 4, column \d+:.*property name/,
  'js-object-literal.geojson': /not valid JSON: line 1, column 2:.*property name/,
  'nan-coordinates.geojson': /NaN and Infinity are not JSON/,
  'utf16le-with-bom.geojson': /UTF-16.*UTF-8/,
  'ndjson-features.geojson': /newline-delimited/,
  'non-json-whitespace-nbsp.geojson': /no-break space/,
  'root-string.geojson': /must be a GeoJSON object, got "FeatureCollection"/,
  'root-null.geojson': /must be a GeoJSON object, got null/,
  'type-wrong-case.geojson': /case-sensitive/,
  'type-not-string.geojson': /type must be .*got an array/,
  'features-missing.geojson': /features must be an array/,
  'features-not-array.geojson': /features must be an array, got an object/,
  'features-contains-bare-geometry.geojson': /type must be "Feature", got type "Point"/,
  'feature-missing-geometry.geojson': /geometry is required/,
  'feature-properties-array.geojson': /properties must be an object or null, got an array/,
  'feature-id-object.geojson': /id must be a string or a number/,
  'feature-with-features-member.geojson': /features must not appear in a Feature/,
  'geometry-with-properties-member.geojson': /must not have a "properties" member/,
  'point-one-element.geojson': /longitude and a latitude/,
  'point-coordinates-strings.geojson': /finite number, got "/,
  'point-coordinates-booleans.geojson': /finite number, got (true|false)/,
  'point-coordinates-missing.geojson': /coordinates is required/,
  'multipoint-flat-numbers.geojson': /must be a position/,
  'linestring-one-position.geojson': /1 position, needs at least 2/,
  'multilinestring-member-one-position.geojson': /coordinates\[1\] has 1 position/,
  'polygon-ring-not-closed.geojson': /not closed/,
  'polygon-missing-ring-nesting.geojson': /must be a position/,
  'multipolygon-wrong-depth.geojson': /must be a position/,
  'geometrycollection-contains-feature.geojson': /geometries\[0\]\.type .*got "Feature"/,
  'geometrycollection-contains-null.geojson': /geometries\[1\] must be a geometry object, got null/,
  'bbox-not-array.geojson': /bbox must be an array/,
  'coordinate-overflow-1e400.geojson': /finite number, got Infinity/,
  'lon-out-of-range.geojson': /longitude 540\.5 is out of range/,
  'lon-0-360-convention.geojson': /longitude \d+(\.\d+)? is out of range.*0-360/,
  'crs-member-epsg3857-projected.geojson': /EPSG::3857.*reproject/,
  'generated/huge-coordinates-array-5m.geojson': /MB; Tripoint loads files up to 50/,
  'generated/deep-nesting-100k.geojson': /nested more than 4 arrays deep/,
  'generated/many-features-1m.geojson': /MB; Tripoint loads files up to 50/,
  'generated/long-string-property-10mb.geojson': /10,000,000 characters/,
};
