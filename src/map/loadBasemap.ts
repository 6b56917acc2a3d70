// Fetches the offline basemap shipped with the app. The URL is relative to the document, so the
// built site works from any sub-path. Register the returned promise with the readiness tracker.
import type { Topology } from 'topojson-specification';

export const BASEMAP_PATH = 'geo/basemap.json';

export async function loadBasemap(
  fetchFn: typeof fetch = fetch,
  baseUri: string = document.baseURI,
): Promise<Topology> {
  const url = new URL(BASEMAP_PATH, baseUri);
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (cause) {
    throw new Error(`Could not load the basemap (${BASEMAP_PATH}): ${String(cause)}`, { cause });
  }
  if (!response.ok) {
    throw new Error(`Could not load the basemap (${BASEMAP_PATH}): HTTP ${response.status}`);
  }
  let topology: unknown;
  try {
    topology = await response.json();
  } catch {
    throw new Error(`The basemap (${BASEMAP_PATH}) is not valid JSON`);
  }
  if ((topology as { type?: unknown } | null)?.type !== 'Topology') {
    throw new Error(`The basemap (${BASEMAP_PATH}) is not a TopoJSON topology`);
  }
  return topology as Topology;
}
