// Shared by the benchmark pages: read ?data=, fetch the story, split places and flows, and
// tell the driver when the page is drawn (the same data-map-state contract as the app).
import type { Map as LeafletMap } from 'leaflet';
import type { FlowFeature, PlaceFeature, StoryCollection } from '../../../src/story/types.ts';

export interface BenchApi {
  map: LeafletMap;
  /** Hides every other flow (the filter toggle), or shows all again. Synchronous. */
  setHalfHidden(hidden: boolean): void;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

export const WORLD: [[number, number], [number, number]] = [
  [-60, -170],
  [80, 190],
];

export async function loadBenchStory(): Promise<{ flows: FlowFeature[]; places: PlaceFeature[] }> {
  const url = new URLSearchParams(location.search).get('data');
  if (!url) throw new Error('bench page: ?data=<url> is required');
  const story = (await (await fetch(url)).json()) as StoryCollection;
  const flows = story.features.filter((f): f is FlowFeature => f.properties.kind === 'flow');
  const places = story.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
  return { flows, places };
}

/** [lon, lat] of each flow's ends, from its places. */
export function flowEnds(flows: FlowFeature[], places: PlaceFeature[]): [number[], number[]][] {
  const byId = new Map(places.map((p) => [p.properties.id, p.geometry.coordinates]));
  return flows.map((f) => [byId.get(f.properties.from)!, byId.get(f.properties.to)!]);
}

export function markReadyAfterPaint(): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      document.documentElement.dataset.mapState = 'ready';
    }),
  );
}
