// The life cycle every data layer shares: Leaflet layers built once per dataset, shown or
// hidden by adding and removing them from one group (never rebuilt, the view never moves),
// restyled in place for theme and selection, and readiness held until they are on the map.
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import { beginDrawing } from '../map/readiness.ts';
import { decorateMain, decoratePart, type FeatureIdentity } from './featureElement.ts';
import type { MapTheme } from './styles.ts';

export interface Look {
  theme: MapTheme;
  selected: boolean;
}

export interface DrawnPart {
  layer: L.Layer;
  /** 'main' is the focusable element; others are decorations. */
  part: 'main' | 'arrow' | 'label' | 'halo';
}

export interface DrawnFeature extends FeatureIdentity {
  parts: DrawnPart[];
  restyle: (look: Look) => void;
}

export interface FeatureLayerState {
  /** Ids to show; null = all. */
  shown: ReadonlySet<string> | null;
  /** Ids of shown features whose label is shown too (the selected one's always is); null = all. */
  labelled?: ReadonlySet<string> | null;
  theme: MapTheme;
  selectedId: string | null;
  onSelect?: (id: string) => void;
}

function elementOf(layer: L.Layer): Element | undefined {
  return (layer as L.Path | L.Marker).getElement?.() ?? undefined;
}

export function useFeatureLayers(
  name: string,
  features: readonly DrawnFeature[],
  state: FeatureLayerState,
): L.LayerGroup {
  const map = useMap();
  const [group] = useState(() => L.layerGroup());
  const selectRef = useRef(state.onSelect);
  useEffect(() => {
    selectRef.current = state.onSelect;
  }, [state.onSelect]);

  useEffect(() => {
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group]);

  // New data: wire the new layers. Elements are recreated each time Leaflet adds a layer,
  // so they are decorated on every 'add'.
  useEffect(() => {
    const done = beginDrawing(`${name} layer`);
    const select = (id: string) => selectRef.current?.(id);
    for (const feature of features) {
      for (const { layer, part } of feature.parts) {
        layer.on('add', () => {
          const element = elementOf(layer);
          if (!element) return;
          if (part === 'main') decorateMain(element, feature, select);
          else decoratePart(element, feature, part);
        });
        layer.on('click', (event: L.LeafletMouseEvent) => {
          L.DomEvent.stopPropagation(event);
          select(feature.id);
        });
      }
    }
    const frame = requestAnimationFrame(() => done());
    return () => {
      cancelAnimationFrame(frame);
      group.clearLayers();
      for (const feature of features) for (const { layer } of feature.parts) layer.off();
      done();
    };
  }, [name, group, features]);

  const { shown, labelled = null, theme, selectedId } = state;
  useEffect(() => {
    for (const feature of features) {
      const visible = shown === null || shown.has(feature.id);
      const withLabel =
        visible && (labelled === null || labelled.has(feature.id) || feature.id === selectedId);
      for (const { layer, part } of feature.parts) {
        const wanted = part === 'label' ? withLabel : visible;
        if (wanted && !group.hasLayer(layer)) group.addLayer(layer);
        else if (!wanted && group.hasLayer(layer)) group.removeLayer(layer);
      }
    }
  }, [group, features, shown, labelled, selectedId]);

  useEffect(() => {
    for (const feature of features) feature.restyle({ theme, selected: feature.id === selectedId });
    // The selected feature's main element is raised so its highlight is not hidden.
    const selected = features.find((f) => f.id === selectedId);
    const main = selected?.parts.find((p) => p.part === 'main')?.layer;
    // Not while it has focus: re-appending the element would drop the keyboard focus.
    if (
      main instanceof L.Path &&
      group.hasLayer(main) &&
      main.getElement() !== document.activeElement
    ) {
      main.bringToFront();
    }
  }, [features, theme, selectedId, shown, group]);

  return group;
}
