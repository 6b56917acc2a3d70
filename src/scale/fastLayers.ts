// The fast renderer's layers as one lazily loaded chunk (LazyFastLayers.tsx).
export { FastFlowsLayer } from './FastFlowsLayer.tsx';
export { FastMovementsLayer } from './FastMovementsLayer.tsx';
