// Movements above FAST_PATH_THRESHOLD (a flight-tracking export, not a story's few trips): the
// same filter as MovementsLayer (the ids shown) as a mask for the fast renderer, in the
// movements pane, at the normal path's movement width.
import { useEffect, useMemo } from 'react';
import type { MapTheme } from '../layers/styles.ts';
import type { MovementFeature, PlaceFeature } from '../story/types.ts';
import { FastArcLayer } from './FastArcLayer.tsx';
import { maskOf } from './visibilityMask.ts';

export interface FastMovementsLayerProps {
  movements: readonly MovementFeature[];
  places: readonly PlaceFeature[];
  /** Ids to show; null = all. */
  shown: ReadonlySet<string> | null;
  theme: MapTheme;
  onSelect?: (id: string) => void;
  selectedId?: string | null;
  /** Called once mounted (after FastArcLayer registered its drawing): the lazy wrapper's cue. */
  onMounted?: () => void;
}

export function FastMovementsLayer({
  movements,
  places,
  shown,
  theme,
  onSelect,
  selectedId = null,
  onMounted,
}: FastMovementsLayerProps) {
  const visible = useMemo(() => (shown ? maskOf(movements, shown) : null), [movements, shown]);
  // Children's effects run first: FastArcLayer has begun its drawing task by now.
  useEffect(() => onMounted?.(), [onMounted]);
  return (
    <FastArcLayer
      features={movements}
      places={places}
      visible={visible}
      theme={theme}
      onSelect={onSelect}
      selectedId={selectedId}
      pane="movements"
    />
  );
}
