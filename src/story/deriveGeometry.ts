// Features may leave geometry null when it follows from their places: a movement, flow
// or claim between two places gets the great-circle arc, an event (or a claim about one
// place) gets its place's point. Used by the builder and by the app's loader.

import type { Feature, Geometry, Position } from 'geojson';
import { greatCircleArc } from '../geometry/greatCircleArc.ts';
import { tripointKindOf } from './profile/validateProfile.ts';
import type { Problem } from './problem.ts';

export function deriveGeometry<F extends Feature<Geometry | null>>(
  features: readonly F[],
  file: string,
): { features: F[]; problems: Problem[] } {
  const places = placePositions(features);
  const problems: Problem[] = [];
  const derived = features.map((feature, index) => {
    const kind = tripointKindOf(feature);
    if (!kind || kind === 'place' || feature.geometry !== null) return feature;
    const props = feature.properties ?? {};
    const from = places.get(props.from);
    const to = places.get(props.to);
    const at = places.get(props.place);
    try {
      if (from && to) return { ...feature, geometry: greatCircleArc(from, to) };
      if (at && (kind === 'event' || kind === 'claim'))
        return { ...feature, geometry: { type: 'Point', coordinates: at } };
    } catch (error) {
      const id = typeof props.id === 'string' ? { id: props.id } : {};
      const message = `to: cannot draw the arc from "${props.from}": ${(error as Error).message}`;
      problems.push({ severity: 'error', file, index, ...id, field: 'to', message });
    }
    return feature;
  });
  return { features: derived, problems };
}

/** Positions of places whose point is usable; broken ones are reported by the validator. */
function placePositions(features: readonly Feature<Geometry | null>[]): Map<unknown, Position> {
  const positions = new Map<unknown, Position>();
  for (const feature of features) {
    const geometry = feature.geometry;
    if (tripointKindOf(feature) !== 'place' || geometry?.type !== 'Point') continue;
    const [lon, lat] = geometry.coordinates;
    const usable =
      typeof lon === 'number' &&
      typeof lat === 'number' &&
      Math.abs(lon) <= 180 &&
      Math.abs(lat) <= 90;
    if (usable) positions.set(feature.properties?.id, [lon, lat]);
  }
  return positions;
}
