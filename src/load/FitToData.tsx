// Frames the reader's data once each time a new file loads (not on every render, so the
// reader's own panning is never undone).
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Feature, Geometry } from 'geojson';
import { dataBounds } from './dataBounds.ts';

export interface FitToDataProps {
  features: readonly Feature<Geometry | null>[];
  /** Skip: the URL asked for a view of its own. */
  skip?: boolean;
}

export function FitToData({ features, skip = false }: FitToDataProps) {
  const map = useMap();
  useEffect(() => {
    if (skip) return;
    const box = dataBounds(features);
    if (!box) return;
    // A single point has no extent: zoom 6 shows it with its surroundings.
    map.fitBounds(box, { animate: false, padding: [32, 32], maxZoom: 6 });
  }, [map, features, skip]);
  return null;
}
