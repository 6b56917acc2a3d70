// The app: reads the URL state, loads the story and the basemap, and draws the map.
import { useEffect, useMemo, useState } from 'react';
import type { Topology } from 'topojson-specification';
import { MapView } from './map/MapView.tsx';
import { BasemapLayer } from './map/BasemapLayer.tsx';
import { loadBasemap } from './map/loadBasemap.ts';
import { beginDrawing, failLoading } from './map/readiness.ts';
import { PlacesLayer } from './layers/PlacesLayer.tsx';
import { loadStory } from './load/loadStory.ts';
import { useUrlState } from './state/useUrlState.ts';
import type { PlaceFeature, StoryCollection } from './story/types.ts';

const WORLD: [number, number, number, number] = [-60, -170, 80, 190];

export function App() {
  const { state, update } = useUrlState();
  const [story, setStory] = useState<StoryCollection | null>(null);
  const [basemap, setBasemap] = useState<Topology | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [basemapDrawn] = useState(() => beginDrawing('basemap'));

  useEffect(() => {
    const done = beginDrawing('basemap data');
    loadBasemap()
      .then(setBasemap)
      .catch((e: Error) => {
        setError(e.message);
        failLoading(e.message);
      })
      .finally(done);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const done = beginDrawing('story');
    loadStory(state.story, controller.signal)
      .then(setStory)
      .catch((e: Error) => {
        if (e.name === 'AbortError') return;
        setError(e.message);
        failLoading(e.message);
      })
      .finally(done);
    return () => controller.abort();
  }, [state.story]);

  const meta = story?.tripoint?.story;
  const places = useMemo(
    () => (story?.features ?? []).filter((f): f is PlaceFeature => f.properties.kind === 'place'),
    [story],
  );

  return (
    <div className="app">
      <MapView
        bounds={meta?.bounds ?? WORLD}
        view={state.view}
        onViewChange={(view) => update({ view }, { replace: true })}
      >
        {basemap && <BasemapLayer topology={basemap} actors={meta?.actors ?? []} theme="light" onDrawn={basemapDrawn} />}
        <PlacesLayer places={places} />
      </MapView>
      {error && (
        <div className="app-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
