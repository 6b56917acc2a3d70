// Baseline 1: plain Leaflet, one canvas L.geoJSON layer of Turf great-circle arcs (100 points
// each), as a developer would write it first.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { greatCircle } from '@turf/great-circle';
import { flowEnds, loadBenchStory, markReadyAfterPaint, WORLD } from './common.ts';

const { flows, places } = await loadBenchStory();
const map = L.map('map', { preferCanvas: true }).fitBounds(WORLD);
const arcs = flowEnds(flows, places).map(([from, to]) => greatCircle(from, to, { npoints: 100 }));
const group = L.geoJSON(
  { type: 'FeatureCollection', features: arcs } as GeoJSON.FeatureCollection,
  {
    style: { color: '#0a6aa8', weight: 1.5, opacity: 0.8 },
  },
).addTo(map);
const layers = group.getLayers();
window.__bench = {
  map,
  setHalfHidden(hidden) {
    layers.forEach((layer, i) => {
      if (i % 2 === 1) {
        if (hidden) group.removeLayer(layer);
        else group.addLayer(layer);
      }
    });
  },
};
markReadyAfterPaint();
