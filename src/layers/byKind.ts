// A story's features sorted into the kinds the layers draw. Pure.
import type {
  ClaimFeature,
  EventFeature,
  FlowFeature,
  MovementFeature,
  PlaceFeature,
  TripointFeature,
} from '../story/types.ts';

export interface FeaturesByKind {
  places: PlaceFeature[];
  movements: MovementFeature[];
  flows: FlowFeature[];
  events: EventFeature[];
  claims: ClaimFeature[];
}

export function byKind(features: readonly TripointFeature[]): FeaturesByKind {
  const sorted: FeaturesByKind = { places: [], movements: [], flows: [], events: [], claims: [] };
  for (const f of features) {
    switch (f.properties?.kind) {
      case 'place':
        if (f.geometry?.type === 'Point') sorted.places.push(f as PlaceFeature);
        break;
      case 'movement':
        sorted.movements.push(f as MovementFeature);
        break;
      case 'flow':
        sorted.flows.push(f as FlowFeature);
        break;
      case 'event':
        sorted.events.push(f as EventFeature);
        break;
      case 'claim':
        sorted.claims.push(f as ClaimFeature);
        break;
    }
  }
  return sorted;
}
