// What the map draws of the reader's file besides the story layers: the "Other" layer for
// plain GeoJSON, and a one-time fit to the file's extent when it loads.
import { useMemo, useRef } from 'react';
import type { Feature, Geometry } from 'geojson';
import { OtherLayer } from '../layers/OtherLayer.tsx';
import { FitToData } from './FitToData.tsx';
import type { LoadedData } from './readGeoJson.ts';

export interface UserDataLayersProps {
  loaded: LoadedData | null;
  theme: 'light' | 'dark';
  onSelectOther: (index: number) => void;
  /** The page opened with a view in its URL: don't move away from it for the first file. */
  keepInitialView: boolean;
}

export function UserDataLayers({
  loaded,
  theme,
  onSelectOther,
  keepInitialView,
}: UserDataLayersProps) {
  const first = useRef<LoadedData | null>(null);
  if (loaded && !first.current) first.current = loaded;
  const all = useMemo<Feature<Geometry | null>[]>(
    () =>
      loaded
        ? [...(loaded.collection.features as Feature<Geometry | null>[]), ...loaded.other]
        : [],
    [loaded],
  );
  if (!loaded) return null;
  return (
    <>
      <OtherLayer features={loaded.other} theme={theme} onSelect={onSelectOther} />
      <FitToData features={all} skip={keepInitialView && loaded === first.current} />
    </>
  );
}
