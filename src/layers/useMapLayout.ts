// Runs a layout pass that measures drawn DOM (label and chip sizes) now, again once the
// bundled fonts have loaded, and after each of the given map events. Text measured before
// its font arrives has another width, so the map is not `ready` until the second pass:
// otherwise two screenshots of one view could place labels differently.
import { useEffect, type DependencyList } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { beginDrawing } from '../map/readiness.ts';

export function useMapLayout(
  map: LeafletMap,
  name: string,
  layout: () => void,
  events: string,
  deps: DependencyList,
): void {
  useEffect(() => {
    const done = beginDrawing(name);
    let live = true;
    layout();
    void document.fonts.ready.then(() => {
      if (live) layout();
      done();
    });
    map.on(events, layout);
    return () => {
      live = false;
      done();
      map.off(events, layout);
    };
    // The caller lists what its layout depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, ...deps]);
}
