// Optional online tiles, off by default: the app works with no network on the offline
// basemap. Set VITE_TILE_URL at build time (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png)
// to draw tiles; they then carry OpenStreetMap's required attribution.
import type { AttributionPart } from './attribution.ts';

export interface TileConfig {
  url: string;
  maxZoom: number;
  attribution: readonly AttributionPart[];
}

export const OSM_ATTRIBUTION: readonly AttributionPart[] = [
  { text: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright' },
];

/** The tile layer to draw, or null (the default) when no tile URL was configured. */
export function tileConfigFrom(tileUrl: string | undefined): TileConfig | null {
  const url = tileUrl?.trim();
  if (!url) return null;
  return { url, maxZoom: 19, attribution: OSM_ATTRIBUTION };
}

export const TILE_CONFIG: TileConfig | null = tileConfigFrom(import.meta.env.VITE_TILE_URL);
