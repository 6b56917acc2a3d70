// Credits for the basemap and the map library, as plain text and URLs: the app renders them as
// React text and links, never as HTML strings.

export interface AttributionPart {
  text: string;
  url: string;
}

export const BASEMAP_ATTRIBUTION: readonly AttributionPart[] = [
  { text: 'Natural Earth', url: 'https://www.naturalearthdata.com/' },
  { text: 'Leaflet', url: 'https://leafletjs.com/' },
];

/** Whose borders the basemap draws, for the report's sources line. */
export const BORDER_POLICY = 'Natural Earth, de facto boundaries';
