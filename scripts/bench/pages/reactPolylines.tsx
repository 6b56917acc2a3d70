// Baseline 2: react-leaflet with one <Polyline> per arc (Turf great circles, 100 points each).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { MapContainer, Polyline, useMap } from 'react-leaflet';
import type { LatLngExpression } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { greatCircle } from '@turf/great-circle';
import { flowEnds, loadBenchStory, markReadyAfterPaint, WORLD } from './common.ts';

const { flows, places } = await loadBenchStory();
const arcs = flowEnds(flows, places).map(([from, to]) => {
  const g = greatCircle(from, to, { npoints: 100 }).geometry;
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  return lines.map((line) => line.map(([lon, lat]) => [lat, lon] as LatLngExpression));
});

let setHidden: (hidden: boolean) => void = () => {};

function Expose() {
  const map = useMap();
  window.__bench = { map, setHalfHidden: (hidden) => flushSync(() => setHidden(hidden)) };
  return null;
}

function Arcs() {
  const [hidden, setHiddenState] = useState(false);
  setHidden = setHiddenState;
  return arcs.map((positions, i) =>
    hidden && i % 2 === 1 ? null : (
      <Polyline
        key={i}
        positions={positions}
        pathOptions={{ color: '#0a6aa8', weight: 1.5, opacity: 0.8 }}
      />
    ),
  );
}

createRoot(document.getElementById('map')!).render(
  <MapContainer bounds={WORLD} style={{ width: '100%', height: '100%' }}>
    <Expose />
    <Arcs />
  </MapContainer>,
);
// Effects have run once the tree committed; readiness waits two painted frames after that.
setTimeout(markReadyAfterPaint, 0);
