// Loads the offline basemap once, registered with readiness.
import { useEffect, useState } from 'react';
import type { Topology } from 'topojson-specification';
import { loadBasemap } from './loadBasemap.ts';
import { beginDrawing } from './readiness.ts';

export function useBasemap(): { basemap: Topology | null; error: string | null } {
  const [result, setResult] = useState<{ basemap: Topology | null; error: string | null }>({
    basemap: null,
    error: null,
  });
  useEffect(() => {
    const done = beginDrawing('basemap data');
    loadBasemap()
      .then((basemap) => setResult({ basemap, error: null }))
      .catch((error: Error) => setResult({ basemap: null, error: error.message }))
      .finally(done);
  }, []);
  return result;
}
