// The fast arc renderer as a react-leaflet component: one canvas layer, a table built once
// per `features`, a mask applied without rebuilding, and readiness held until the first paint.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { beginDrawing } from '../map/readiness.ts';
import type { PlaceFeature } from '../story/types.ts';
import { ArcCanvasLayer } from './ArcCanvasLayer.ts';
import { buildArcTable, type ArcFeature } from './arcTable.ts';
import type { ArcTheme } from './arcStyle.ts';

export interface FastArcLayerProps {
  /** Movements or flows; index i of `visible` refers to features[i]. */
  features: readonly ArcFeature[];
  /** Places that `from`/`to` refer to, for features whose geometry is null. */
  places?: readonly PlaceFeature[];
  /** 1 = drawn, 0 = filtered out, length features.length; null draws all. */
  visible?: Uint8Array | null;
  onSelect?: (id: string) => void;
  /** The selected feature's id: its arc stays highlighted while drawn. */
  selectedId?: string | null;
  theme?: ArcTheme;
  pane?: string;
}

export function FastArcLayer({
  features,
  places,
  visible = null,
  onSelect,
  selectedId = null,
  theme = 'light',
  pane = 'flows',
}: FastArcLayerProps) {
  const map = useMap();
  const table = useMemo(() => buildArcTable(features, places), [features, places]);
  const selectRef = useRef(onSelect);
  useEffect(() => {
    selectRef.current = onSelect;
  }, [onSelect]);
  // Created once; `pane` is read on creation only (like react-leaflet's own layers).
  const [layer] = useState(() => {
    const created: ArcCanvasLayer = new ArcCanvasLayer({
      pane,
      onSelect: (i) => selectRef.current?.(created.idOf(i)),
    });
    return created;
  });

  useEffect(() => {
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, layer]);

  // Runs after the layer is on the map (effects run in order): table and mask in one paint.
  useEffect(() => {
    const done = beginDrawing('fast arcs');
    layer.setData(table, visible);
    // Drawn synchronously above; readiness then waits for the frames that show it.
    const frame = requestAnimationFrame(() => done());
    return () => {
      cancelAnimationFrame(frame);
      done();
    };
  }, [layer, table, visible]);

  useEffect(() => {
    layer.setSettings({ theme });
  }, [layer, theme]);

  useEffect(() => {
    layer.setSelected(selectedId === null ? -1 : table.ids.indexOf(selectedId));
  }, [layer, table, selectedId]);

  return null;
}
