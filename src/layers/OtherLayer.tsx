// "Other": features that are plain GeoJSON, not Tripoint's kinds, drawn as geojson.io would
// (grey lines, shapes and dots) in their own pane under the story's layers. Nothing from
// the data becomes HTML: the tooltip is a DOM node filled with textContent.
import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Feature, Geometry } from 'geojson';
import { beginDrawing } from '../map/readiness.ts';

export interface OtherLayerProps {
  features: readonly Feature<Geometry | null>[];
  theme?: 'light' | 'dark';
  /** A feature was clicked: its index in `features`. */
  onSelect?: (index: number) => void;
}

/** Above this many features the layer draws on a canvas instead of SVG. */
const CANVAS_ABOVE = 2000;

/** The label a reader sees: a name-like property, else the id, else "Feature n". */
export function otherFeatureLabel(feature: Feature<Geometry | null>, index: number): string {
  const props = (feature.properties ?? {}) as Record<string, unknown>;
  for (const key of ['name', 'title', 'label', 'id']) {
    const value = Object.hasOwn(props, key) ? props[key] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.slice(0, 200);
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  if (typeof feature.id === 'string' || typeof feature.id === 'number') return String(feature.id);
  return `Feature ${index + 1}`;
}

function tooltipElement(text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'other-tooltip';
  element.dir = 'auto'; // isolates right-to-left text from the interface around it
  element.textContent = text;
  return element;
}

export function OtherLayer({ features, theme = 'light', onSelect }: OtherLayerProps) {
  const map = useMap();
  useEffect(() => {
    if (features.length === 0) return;
    const done = beginDrawing('other layer');
    const ink = theme === 'dark' ? '#c9d2da' : '#4a5560';
    const renderer =
      features.length > CANVAS_ABOVE ? L.canvas({ pane: 'other' }) : L.svg({ pane: 'other' });
    const indexOf = new Map<Feature, number>(features.map((f, i) => [f as Feature, i]));
    const layer = L.geoJSON(features as Feature[], {
      pane: 'other',
      style: () => ({
        color: ink,
        weight: 2,
        opacity: 0.9,
        fillColor: ink,
        fillOpacity: 0.15,
        renderer,
      }),
      pointToLayer: (_feature, latlng) =>
        L.circleMarker(latlng, {
          pane: 'other',
          renderer,
          radius: 4,
          color: '#ffffff',
          weight: 1,
          fillColor: ink,
          fillOpacity: 1,
        }),
      onEachFeature: (feature, featureLayer) => {
        const index = indexOf.get(feature) ?? 0;
        featureLayer.bindTooltip(tooltipElement(otherFeatureLabel(feature, index)), {
          sticky: true,
        });
        featureLayer.on('click', () => onSelect?.(index));
      },
    }).addTo(map);
    requestAnimationFrame(done);
    return () => {
      layer.remove();
      done();
    };
  }, [map, features, theme, onSelect]);
  return null;
}
