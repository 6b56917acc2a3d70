// The fast flows layer, loaded only when a story is large: small stories never download it.
// Readiness is held while the code loads, until the layer has registered its own drawing.
import { lazy, Suspense } from 'react';
import { useDrawingTask } from '../map/useDrawingTask.ts';
import type { FastFlowsLayerProps } from './FastFlowsLayer.tsx';

const loadFastFlows = () => import('./FastFlowsLayer.tsx');
const FastFlowsLayer = lazy(() => loadFastFlows().then((m) => ({ default: m.FastFlowsLayer })));

/**
 * Starts downloading the fast renderer before it is needed: while a large file is still being
 * read, not once its flows reach the map (at 50,000 flows that request came ~1 s later).
 */
export function preloadFastFlows(): void {
  void loadFastFlows().catch(() => {
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
