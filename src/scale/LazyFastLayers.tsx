// The fast layers (flows, movements), loaded only when a story is large: small stories never
// download them. Readiness is held while the code loads, until the layer has registered its
// own drawing.
import { lazy, Suspense } from 'react';
import { useDrawingTask } from '../map/useDrawingTask.ts';
import type { FastFlowsLayerProps } from './FastFlowsLayer.tsx';
import type { FastMovementsLayerProps } from './FastMovementsLayer.tsx';

const loadFastLayers = () => import('./fastLayers.ts');
const FastFlowsLayer = lazy(() => loadFastLayers().then((m) => ({ default: m.FastFlowsLayer })));
const FastMovementsLayer = lazy(() =>
  loadFastLayers().then((m) => ({ default: m.FastMovementsLayer })),
);

/**
 * Starts downloading the fast renderer before it is needed: while a large file is still being
 * read, not once its arcs reach the map (at 50,000 flows that request came ~1 s later).
 */
export function preloadFastLayers(): void {
  void loadFastLayers().catch(() => {
    // Not fatal here: the layer's own import reports the failure if it is ever needed.
  });
}

export function LazyFastFlowsLayer(props: FastFlowsLayerProps) {
  const loaded = useDrawingTask('fast flows code');
  return (
    <Suspense fallback={null}>
      <FastFlowsLayer {...props} onMounted={loaded} />
    </Suspense>
  );
}

export function LazyFastMovementsLayer(props: FastMovementsLayerProps) {
  const loaded = useDrawingTask('fast movements code');
  return (
    <Suspense fallback={null}>
      <FastMovementsLayer {...props} onMounted={loaded} />
    </Suspense>
  );
}
