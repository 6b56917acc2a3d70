// Draws the offline basemap: country fills and shared borders on one canvas in the `basemap`
// pane, under every data layer. Non-interactive, so clicks reach the layers above.
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Topology } from 'topojson-specification';
import { basemapFromTopology, type CountryFeature } from './basemap.ts';
import { borderStyle, countryStyle, seaColor, type BasemapTheme } from './basemapStyle.ts';
import { PANES } from './panes.ts';

export interface BasemapLayerProps {
  /** geo/basemap.json as fetched by loadBasemap(). */
  topology: Topology;
  /** ISO alpha-3 codes of the story's actors, tinted on the map. */
  actors: readonly string[];
  theme: BasemapTheme;
  /** Called once the canvas has drawn the basemap. */
  onDrawn?: () => void;
}

interface BasemapLayers {
  countries: L.GeoJSON;
  borders: L.GeoJSON;
}

interface BasemapLook {
  theme: BasemapTheme;
  actors: ReadonlySet<string>;
}

const PANE = 'basemap';

function applyLook(layers: BasemapLayers, { theme, actors }: BasemapLook): void {
  layers.countries.setStyle((feature) => {
    const iso3 = (feature as CountryFeature | undefined)?.properties.iso3;
    return countryStyle(theme, iso3 !== undefined && actors.has(iso3));
  });
  layers.borders.setStyle(borderStyle(theme));
}

function ensurePane(map: L.Map): void {
  const pane = map.getPane(PANE) ?? map.createPane(PANE);
  pane.style.zIndex = String(PANES.basemap);
}

export function BasemapLayer({ topology, actors, theme, onDrawn }: BasemapLayerProps) {
  const map = useMap();
  const basemap = useMemo(() => basemapFromTopology(topology), [topology]);
  const layersRef = useRef<BasemapLayers | null>(null);
  const lookRef = useRef<BasemapLook>({ theme, actors: new Set(actors) });
  const onDrawnRef = useRef(onDrawn);
  const actorKey = actors.join(',');

  useEffect(() => {
    onDrawnRef.current = onDrawn;
  }, [onDrawn]);

  // Restyles the existing paths: a theme or actor change never rebuilds the layers.
  useEffect(() => {
    lookRef.current = { theme, actors: new Set(actorKey.split(',').filter(Boolean)) };
    if (layersRef.current) applyLook(layersRef.current, lookRef.current);
  }, [theme, actorKey]);

  useEffect(() => {
    const container = map.getContainer();
    const previous = container.style.backgroundColor;
    container.style.backgroundColor = seaColor(theme);
    return () => {
      container.style.backgroundColor = previous;
    };
  }, [map, theme]);

  useEffect(() => {
    ensurePane(map);
    const renderer = L.canvas({ pane: PANE });
    const options = { pane: PANE, renderer, interactive: false };
    const layers: BasemapLayers = {
      countries: L.geoJSON(basemap.countries, options),
      borders: L.geoJSON(basemap.borders, options),
    };
    applyLook(layers, lookRef.current);
    const group = L.layerGroup([layers.countries, layers.borders]).addTo(map);
    layersRef.current = layers;
    // Leaflet draws the canvas on the next animation frame; the one after follows that draw.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => onDrawnRef.current?.());
    });
    return () => {
      cancelAnimationFrame(frame);
      layersRef.current = null;
      group.remove();
      renderer.remove();
    };
  }, [map, basemap]);

  return null;
}
