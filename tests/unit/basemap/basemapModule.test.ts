import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { basemapFromTopology } from '../../../src/map/basemap.ts';
import { BASEMAP_PALETTES, borderStyle, countryStyle } from '../../../src/map/basemapStyle.ts';
import { loadBasemap } from '../../../src/map/loadBasemap.ts';
import { tileConfigFrom } from '../../../src/map/tileConfig.ts';

// Two unit squares sharing the arc 0 (x = 1): A = [0,1]x[0,1], B = [1,2]x[0,1].
const tiny = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '001', properties: { name: 'A', iso3: 'AAA' }, arcs: [[0, 1]] },
        { type: 'Polygon', id: '002', properties: { name: 'B' }, arcs: [[2, ~0]] },
      ],
    },
    borders: { type: 'MultiLineString', arcs: [[0]] },
  },
} as unknown as Topology;

describe('basemapFromTopology', () => {
  it('returns the countries with their properties and the shared border', () => {
    const { countries, borders } = basemapFromTopology(tiny);
    expect(countries.map((c) => [c.id, c.properties])).toEqual([
      ['001', { name: 'A', iso3: 'AAA' }],
      ['002', { name: 'B' }],
    ]);
    expect(borders.geometry.coordinates).toEqual([
      [
        [1, 0],
        [1, 1],
      ],
    ]);
  });

  it('names the file and the object when the topology is not a basemap', () => {
    const objects = { countries: tiny.objects.countries } as Topology['objects'];
    expect(() => basemapFromTopology({ ...tiny, objects })).toThrow(
      'geo/basemap.json: objects.borders must be a MultiLineString, got nothing',
    );
    expect(() => basemapFromTopology({ type: 'FeatureCollection' } as unknown as Topology)).toThrow(
      'geo/basemap.json: not a TopoJSON topology',
    );
  });
});

describe('basemapStyle', () => {
  it.each(['light', 'dark'] as const)('tints actors apart from other land (%s)', (theme) => {
    const actor = countryStyle(theme, true).fillColor;
    const other = countryStyle(theme, false).fillColor;
    expect(actor).not.toBe(other);
    expect([actor, other]).not.toContain(BASEMAP_PALETTES[theme].sea);
    expect(borderStyle(theme).color).toBe(BASEMAP_PALETTES[theme].border);
  });

  it('draws countries as fills only, so borders are not drawn twice', () => {
    expect(countryStyle('light', false).stroke).toBe(false);
  });
});

describe('loadBasemap', () => {
  const base = 'https://news.example/maps/tripoint/index.html?story=x';

  it('fetches geo/basemap.json relative to the document', async () => {
    const requested: string[] = [];
    const fetchFn = (async (url: URL) => {
      requested.push(String(url));
      return new Response(JSON.stringify(tiny));
    }) as typeof fetch;
    await expect(loadBasemap(fetchFn, base)).resolves.toMatchObject({ type: 'Topology' });
    expect(requested).toEqual(['https://news.example/maps/tripoint/geo/basemap.json']);
  });

  it('says what failed when the file is missing or not TopoJSON', async () => {
    const status404 = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    await expect(loadBasemap(status404, base)).rejects.toThrow(
      'Could not load the basemap (geo/basemap.json): HTTP 404',
    );
    const notJson = (async () => new Response('<html>')) as typeof fetch;
    await expect(loadBasemap(notJson, base)).rejects.toThrow('is not valid JSON');
    const geojson = (async () => new Response('{"type":"FeatureCollection"}')) as typeof fetch;
    await expect(loadBasemap(geojson, base)).rejects.toThrow('is not a TopoJSON topology');
  });
});

describe('tileConfigFrom', () => {
  it('is off unless a tile URL is configured', () => {
    expect(tileConfigFrom(undefined)).toBeNull();
    expect(tileConfigFrom('  ')).toBeNull();
  });

  it('carries the OpenStreetMap attribution when on', () => {
    const config = tileConfigFrom('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(config?.url).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(config?.attribution[0]?.url).toBe('https://www.openstreetmap.org/copyright');
  });
});
