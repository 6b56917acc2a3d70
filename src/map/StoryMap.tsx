// The map of a story: basemap and every layer, shared by browse, report and embed modes.
import { useMemo, useState } from 'react';
import type { Topology } from 'topojson-specification';
import { MapView } from './MapView.tsx';
import { BasemapLayer } from './BasemapLayer.tsx';
import { beginDrawing } from './readiness.ts';
import { PlacesLayer } from '../layers/PlacesLayer.tsx';
import type { MapViewState } from '../state/appState.ts';
import type { PlaceFeature, StoryCollection } from '../story/types.ts';

const WORLD: [number, number, number, number] = [-60, -170, 80, 190];

export interface StoryMapProps {
  story: StoryCollection | null;
  basemap: Topology | null;
  theme: 'light' | 'dark';
  view: MapViewState | null;
  onViewChange?: (view: MapViewState) => void;
  interactive?: boolean;
  staticMap?: boolean;
}

export function StoryMap({ story, basemap, theme, view, onViewChange, interactive, staticMap }: StoryMapProps) {
  const [basemapDrawn] = useState(() => beginDrawing('basemap'));
  const meta = story?.tripoint?.story;
  const places = useMemo(
    () => (story?.features ?? []).filter((f): f is PlaceFeature => f.properties.kind === 'place'),
    [story],
  );
  return (
    <MapView
      bounds={meta?.bounds ?? WORLD}
      view={view}
      onViewChange={onViewChange}
      interactive={interactive}
      staticMap={staticMap}
    >
      {basemap && <BasemapLayer topology={basemap} actors={meta?.actors ?? []} theme={theme} onDrawn={basemapDrawn} />}
      <PlacesLayer places={places} />
    </MapView>
  );
}
