// Filters as the fast renderer takes them: a byte per feature, set when its id is shown.
import type { ArcFeature } from './arcTable.ts';

/** visible[i] = 1 when features[i] is among `ids`. Pure. */
export function maskOf(features: readonly ArcFeature[], ids: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(features.length);
  features.forEach((feature, i) => {
    if (ids.has(feature.properties.id)) mask[i] = 1;
  });
  return mask;
}
