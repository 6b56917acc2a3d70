// Ours, alone: the fast arc renderer (src/scale) on a react-leaflet map, same data and view
// as the baselines (no basemap, no app chrome), so the numbers compare renderers only.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { MapContainer, useMap } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { FastArcLayer } from '../../../src/scale/FastArcLayer.tsx';
import { PANES } from '../../../src/map/panes.ts';
import { loadBenchStory, WORLD } from './common.ts';

const { flows, places } = await loadBenchStory();
const half = new Uint8Array(flows.length).map((_, i) => (i % 2 === 1 ? 0 : 1));
let setHidden: (hidden: boolean) => void = () => {};

function Panes() {
  const map = useMap();
  for (const [name, z] of Object.entries(PANES))
    if (!map.getPane(name)) map.createPane(name).style.zIndex = String(z);
  window.__bench = { map, setHalfHidden: (hidden) => flushSync(() => setHidden(hidden)) };
  return null;
}

function Arcs() {
  const [hidden, setHiddenState] = useState(false);
  setHidden = setHiddenState;
  return (
    <FastArcLayer
      features={flows}
      places={places}
      visible={hidden ? half : null}
      onSelect={(id) => (document.body.dataset.selected = id)}
    />
  );
}

createRoot(document.getElementById('map')!).render(
  <MapContainer bounds={WORLD} style={{ width: '100%', height: '100%' }}>
    <Panes />
    <Arcs />
  </MapContainer>,
);
