// Trade flows above FAST_PATH_THRESHOLD: the same filters as FlowsLayer (ids shown, one period
// per lane — layers/flowPeriod.ts) turned into a mask for the fast renderer.
import { useEffect, useMemo } from 'react';
import { pickFlows } from '../layers/flowPeriod.ts';
import type { MapTheme } from '../layers/styles.ts';
import type { FlowFeature, PlaceFeature } from '../story/types.ts';
import { FastArcLayer } from './FastArcLayer.tsx';
import { maskOf } from './visibilityMask.ts';

export interface FastFlowsLayerProps {
  flows: readonly FlowFeature[];
  places: readonly PlaceFeature[];
  /** Ids to show; null = all. */
  shown: ReadonlySet<string> | null;
  period: string | null;
  theme: MapTheme;
  onSelect?: (id: string) => void;
  selectedId?: string | null;
  /** Called once mounted (after FastArcLayer registered its drawing): LazyFastFlowsLayer's cue. */
  onMounted?: () => void;
}

export function FastFlowsLayer({
  flows,
  places,
  shown,
  period,
  theme,
  onSelect,
  selectedId = null,
  onMounted,
}: FastFlowsLayerProps) {
  const visible = useMemo(
    () => maskOf(flows, pickFlows(flows, period, shown)),
    [flows, period, shown],
  );
  // Children's effects run first: FastArcLayer has begun its drawing task by now.
  useEffect(() => onMounted?.(), [onMounted]);
  return (
    <FastArcLayer
      features={flows}
      places={places}
      visible={visible}
      theme={theme}
      onSelect={onSelect}
      selectedId={selectedId}
    />
  );
}
