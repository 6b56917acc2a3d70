// Turns the basemap TopoJSON (geo/basemap.json, built by `npm run basemap`) into the GeoJSON
// that Leaflet draws: one feature per country and the shared borders as one line geometry.
import type { Feature, GeoJsonProperties, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface CountryProperties {
  name: string;
  /** ISO 3166-1 alpha-3; absent for units without one (e.g. N. Cyprus, Somaliland). */
  iso3?: string;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export interface Basemap {
  countries: CountryFeature[];
  /** Borders shared by two countries, de facto as Natural Earth draws them. */
  borders: Feature<MultiLineString>;
}

const SOURCE = 'geo/basemap.json';

function requireObject(
  topology: Topology,
  name: string,
  types: string[],
): GeometryObject<GeoJsonProperties> {
  const object = topology.objects?.[name];
  if (!object || !types.includes(object.type ?? '')) {
    throw new Error(
      `${SOURCE}: objects.${name} must be a ${types.join(' or ')}, got ${object?.type ?? 'nothing'}`,
    );
  }
  return object;
}

/** Throws a message naming the file and the object when the topology is not a basemap. */
export function basemapFromTopology(topology: Topology): Basemap {
  if (topology?.type !== 'Topology' || !Array.isArray(topology.arcs)) {
    throw new Error(`${SOURCE}: not a TopoJSON topology`);
  }
  const countryObject = requireObject(topology, 'countries', ['GeometryCollection']);
  const borderObject = requireObject(topology, 'borders', ['MultiLineString']);
  const collection = feature(topology, countryObject as GeometryCollection<CountryProperties>);
  const countries = collection.features.filter(
    (f): f is CountryFeature =>
      f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
  const borders = feature(topology, borderObject) as Feature<MultiLineString>;
  return { countries, borders };
}
