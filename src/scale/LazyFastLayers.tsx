// The fast layers (flows, movements), loaded only when a story is large: small stories never
// download them. Readiness is held while the code loads, until the layer has registered its
// own drawing.
import { lazy, Suspense, type ComponentType } from 'react';
import { useDrawingTask } from '../map/useDrawingTask.ts';
import type { FastFlowsLayerProps } from './FastFlowsLayer.tsx';
import type { FastMovementsLayerProps } from './FastMovementsLayer.tsx';

const loadFastLayers = () => import('./fastLayers.ts');
type FastLayers = Awaited<ReturnType<typeof loadFastLayers>>;

/** A fast layer behind React.lazy, holding readiness (`what`) until it has mounted. */
function lazyFastLayer<P extends { onMounted?: () => void }>(
  what: string,
  pick: (layers: FastLayers) => ComponentType<P>,
) {
  const Layer = lazy(() => loadFastLayers().then((m) => ({ default: pick(m) })));
  return function LazyFastLayer(props: P) {
    const loaded = useDrawingTask(what);
    return (
      <Suspense fallback={null}>
        <Layer {...props} onMounted={loaded} />
      </Suspense>
    );
  };
}

/**
 * Starts downloading the fast renderer before it is needed: while a large file is still being
 * read, not once its arcs reach the map (at 50,000 flows that request came ~1 s later).
 */
export function preloadFastLayers(): void {
  void loadFastLayers().catch(() => {
    // Not fatal here: the layer's own import reports the failure if it is ever needed.
  });
}

export const LazyFastFlowsLayer = lazyFastLayer<FastFlowsLayerProps>(
  'fast flows code',
  (m) => m.FastFlowsLayer,
);
export const LazyFastMovementsLayer = lazyFastLayer<FastMovementsLayerProps>(
  'fast movements code',
  (m) => m.FastMovementsLayer,
);
