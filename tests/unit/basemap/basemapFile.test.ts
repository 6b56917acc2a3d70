// The committed offline basemap: drawable by Leaflet without antimeridian bands, complete
// enough for the story, and exactly what `npm run basemap` builds today.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { afterAll, describe, expect, it } from 'vitest';
import { basemapFromTopology, type CountryFeature } from '../../../src/map/basemap.ts';

const FILE = 'geo/basemap.json';
const bytes = readFileSync(FILE);
const basemap = basemapFromTopology(JSON.parse(bytes.toString('utf8')) as Topology);

function ringsOf(country: CountryFeature): Position[][] {
  const g = country.geometry;
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function country(iso3: string): CountryFeature {
  const found = basemap.countries.find((c) => c.properties.iso3 === iso3);
  if (!found) throw new Error(`${FILE}: no country with iso3 ${iso3}`);
  return found;
}

function lonExtent(rings: Position[][]): [number, number] {
  const lons = rings.flat().map((p) => p[0] as number);
  return [Math.min(...lons), Math.max(...lons)];
}

/** Edges wider than 180° of longitude, named so a failure says where. */
function wideEdges(name: string, lines: Position[][]): string[] {
  const found: string[] = [];
  lines.forEach((line, r) =>
    line.forEach((p, i) => {
      const q = line[i - 1];
      if (q && Math.abs((p[0] as number) - (q[0] as number)) > 180) {
        found.push(`${name} ring ${r} point ${i}: ${q[0]} -> ${p[0]}`);
      }
    }),
  );
  return found;
}

describe(FILE, () => {
  it('has no ring or border edge spanning more than 180° of longitude', () => {
    const wide = basemap.countries.flatMap((c) => wideEdges(c.properties.name, ringsOf(c)));
    wide.push(...wideEdges('borders', basemap.borders.geometry.coordinates));
    expect(wide).toEqual([]);
  });

  it('keeps Russia on one side of the antimeridian, with Chukotka past 180°', () => {
    const [west, east] = lonExtent(ringsOf(country('RUS')));
    expect(west).toBeGreaterThan(19); // Kaliningrad
    expect(west).toBeLessThan(21);
    expect(east).toBeGreaterThan(185); // Chukotka, unwrapped rather than at -170°
    expect(east).toBeLessThan(192);
  });

  it('keeps Fiji together around 180° and closes Antarctica within the world', () => {
    const [fijiWest, fijiEast] = lonExtent(ringsOf(country('FJI')));
    expect(fijiEast - fijiWest).toBeLessThan(6);
    const [west, east] = lonExtent(ringsOf(country('ATA')));
    expect(west).toBeGreaterThanOrEqual(-180);
    expect(east).toBeLessThan(180.01); // 180 plus quantization
    expect(east - west).toBeGreaterThan(359);
  });

  it('names every country and gives the story actors their alpha-3 and numeric ids', () => {
    expect(basemap.countries.every((c) => c.properties.name.length > 0)).toBe(true);
    const ids = Object.fromEntries(basemap.countries.map((c) => [c.properties.iso3, c.id]));
    expect(ids).toMatchObject({ RUS: '643', CHN: '156', PRK: '408', KOR: '410', MNG: '496' });
    const withIdNoIso3 = basemap.countries.filter((c) => c.id !== undefined && !c.properties.iso3);
    expect(withIdNoIso3.map((c) => c.properties.name)).toEqual([]);
  });
});

describe('npm run basemap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tripoint-basemap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`rebuilds ${FILE} byte for byte`, () => {
    const out = join(dir, 'basemap.json');
    const script = 'scripts/basemap/buildBasemap.ts';
    execFileSync(process.execPath, ['--import', 'tsx', script, '--out', out], { stdio: 'pipe' });
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});
