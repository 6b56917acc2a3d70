// The fast flows layer, loaded only when a story is large: small stories never download it.
// Readiness is held while the code loads, until the layer has registered its own drawing.
import { lazy, Suspense } from 'react';
import { useDrawingTask } from '../map/useDrawingTask.ts';
import type { FastFlowsLayerProps } from './FastFlowsLayer.tsx';

const FastFlowsLayer = lazy(() =>
  import('./FastFlowsLayer.tsx').then((m) => ({ default: m.FastFlowsLayer })),
);

export function LazyFastFlowsLayer(props: FastFlowsLayerProps) {
  const loaded = useDrawingTask('fast flows code');
  return (
    <Suspense fallback={null}>
      <FastFlowsLayer {...props} onMounted={loaded} />
    </Suspense>
  );
}
