/**
 * Builds geo/basemap.json, the offline basemap, from world-atlas (Natural Earth 1:50m):
 * countries with id (ISO numeric), iso3 and name, and the borders two countries share as a
 * mesh (land is the country fills). Full detail where the story happens, thinned elsewhere
 * (detail.ts), antimeridian fixed (antimeridian.ts), quantized. Same input, same bytes.
 * Usage: npm run basemap [-- --out path]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, meshArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, presimplify, simplify, type Filter } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { fixAntimeridian } from './antimeridian.ts';
import { detailBoost, detailWeight, mercatorRingArea } from './detail.ts';
import { alpha3For } from './isoCodes.ts';

export interface BasemapOptions {
  /** Visvalingam area (Mercator rad²) under which points go; detail.ts boosts story areas. */
  minWeight: number;
  /** Islands and lakes smaller than this (rad², boosted likewise) go, except each country's largest. */
  minRingArea: number;
  /** Grid size of the quantized coordinates. */
  quantization: number;
}

export const DEFAULT_OPTIONS: BasemapOptions = {
  minWeight: 2.5e-4,
  minRingArea: 5e-4,
  quantization: 3e4,
};

type CountryProps = { name: string; iso3?: string };
type Area = Polygon | MultiPolygon;
// topojson-simplify types objects without null properties.
type AnyTopology = Topology<Objects<object>>;

function readWorldAtlas(): Topology<{ countries: GeometryCollection<{ name: string }> }> {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Countries as GeoJSON with iso3 joined and the antimeridian fixed, in a stable order. */
function countryFeatures(): FeatureCollection<Area, CountryProps> {
  const atlas = readWorldAtlas();
  const source = feature(atlas, atlas.objects.countries);
  const features: Feature<Area, CountryProps>[] = [];
  for (const f of source.features) {
    const geometry = f.geometry as Area | null;
    const fixed = geometry && fixAntimeridian(geometry);
    if (!fixed) continue;
    const id = f.id === undefined ? undefined : String(f.id);
    const name = f.properties.name;
    const iso3 = alpha3For(id, name);
    const properties: CountryProps = iso3 ? { name, iso3 } : { name };
    features.push({ type: 'Feature', ...(id ? { id } : {}), properties, geometry: fixed });
  }
  // Code-unit order, not localeCompare: the same bytes whatever the machine's ICU data.
  features.sort((a, b) => (a.properties.name < b.properties.name ? -1 : 1));
  return { type: 'FeatureCollection', features };
}

/** Keeps at least a triangle of every closed arc (an island) so simplifying cannot flatten it. */
function protectIslands(topo: AnyTopology): void {
  for (const arc of topo.arcs) {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) continue;
    const interior = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of interior.slice(0, 3)) point[2] = Infinity;
  }
}

/** The exterior ring of each country's largest part: kept even when small (Malta, Nauru). */
function largestRings(topo: AnyTopology, countries: GeometryCollection): Set<number[]> {
  const keep = new Set<number[]>();
  for (const geometry of countries.geometries) {
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.arcs]
        : geometry.type === 'MultiPolygon'
          ? geometry.arcs
          : [];
    let best: number[] | undefined;
    let bestArea = -1;
    for (const [exterior] of polygons) {
      if (!exterior) continue;
      const area = mercatorRingArea(ringCoordinates(topo, exterior));
      if (area > bestArea) [best, bestArea] = [exterior, area];
    }
    if (best) keep.add(best);
  }
  return keep;
}

function ringCoordinates(topo: AnyTopology, ring: number[]) {
  const polygon = feature(topo, { type: 'Polygon', arcs: [ring] });
  return polygon.geometry.coordinates[0] ?? [];
}

export function buildBasemap(options: BasemapOptions = DEFAULT_OPTIONS): AnyTopology {
  const built = topology({ countries: countryFeatures() }) as AnyTopology;
  const weighted = presimplify(built, detailWeight);
  protectIslands(weighted);
  const simplified = simplify(weighted, options.minWeight);
  const countries = simplified.objects.countries as GeometryCollection;
  const keep = largestRings(simplified, countries);
  const keepRing = (ring: number[]): boolean => {
    if (keep.has(ring)) return true;
    const coordinates = ringCoordinates(simplified, ring);
    const boost = Math.max(...coordinates.map(detailBoost));
    return mercatorRingArea(coordinates) * boost >= options.minRingArea;
  };
  // @types/topojson-simplify types a ring as points; the library passes arc indexes.
  const filtered = filter(simplified, keepRing as unknown as Filter);
  const result = quantize(filtered, options.quantization);
  const kept = result.objects.countries as GeometryCollection;
  result.objects.borders = meshArcs(result, kept, (a, b) => a !== b);
  return result;
}

export function serializeBasemap(topo: AnyTopology): string {
  return `${JSON.stringify(topo)}\n`;
}

function main(): void {
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex > 0 ? process.argv[outIndex + 1] : 'geo/basemap.json';
  if (!out) throw new Error('--out needs a file path');
  const start = performance.now();
  const text = serializeBasemap(buildBasemap());
  writeFileSync(out, text);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const kb = (bytes: number) => `${bytes} B (${(bytes / 1024).toFixed(1)} KiB)`;
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text).length;
  const gz9 = gzipSync(text, { level: 9 }).length;
  console.log(`${out}: ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(gz9)} gzip -9; built in ${seconds} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
