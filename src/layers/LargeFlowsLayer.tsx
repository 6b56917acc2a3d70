// Above MAX_DERIVED_FLOW_ARCS flows, the scale engineer's canvas renderer draws them (one
// canvas, no SVG per flow); loaded lazily so ordinary stories never download it.
import { lazy, Suspense, useMemo } from 'react';
import type { FlowFeature, PlaceFeature } from '../story/types.ts';
import type { MapTheme } from './styles.ts';

const FastArcLayer = lazy(() =>
  import('../scale/FastArcLayer.tsx').then((m) => ({ default: m.FastArcLayer })),
);

export interface LargeFlowsLayerProps {
  flows: readonly FlowFeature[];
  places: readonly PlaceFeature[];
  shown: ReadonlySet<string> | null;
  theme: MapTheme;
  onSelect?: (id: string) => void;
}

export function LargeFlowsLayer({ flows, places, shown, theme, onSelect }: LargeFlowsLayerProps) {
  const visible = useMemo(
    () =>
      shown === null ? null : Uint8Array.from(flows, (f) => (shown.has(f.properties.id) ? 1 : 0)),
    [flows, shown],
  );
  return (
    <Suspense fallback={null}>
      <FastArcLayer
        features={flows}
        places={places}
        visible={visible}
        theme={theme}
        onSelect={onSelect}
        pane="flows"
      />
    </Suspense>
  );
}
