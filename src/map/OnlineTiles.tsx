// Optional online tiles (VITE_TILE_URL at build time) in place of the offline basemap. Never the
// default: the map must work with no network. Calls onDrawn once the first tiles have loaded.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { TileConfig } from './tileConfig.ts';

export function OnlineTiles({ config, onDrawn }: { config: TileConfig; onDrawn: () => void }) {
  const map = useMap();
  useEffect(() => {
    // Attribution is rendered by MapCredits as text links, not through Leaflet's HTML control.
    const layer = L.tileLayer(config.url, { maxZoom: config.maxZoom, pane: 'basemap' });
    layer.once('load', onDrawn);
    // A tile server that can't be reached must not hold the page in `loading` forever.
    layer.once('tileerror', onDrawn);
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, config, onDrawn]);
  return null;
}
