// Loads a published story (geo/<id>.geojson) relative to the page.
import type { StoryCollection } from '../story/types.ts';
import { fetchJson, LoadError, pageRelativeUrl } from './fetchJson.ts';

export async function loadStory(storyId: string, signal?: AbortSignal): Promise<StoryCollection> {
  const url = pageRelativeUrl(`geo/${encodeURIComponent(storyId)}.geojson`);
  const json = await fetchJson(url, signal);
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { type?: unknown }).type !== 'FeatureCollection'
  ) {
    throw new LoadError(`Story "${storyId}" is not a GeoJSON FeatureCollection.`, url);
  }
  return json as StoryCollection;
}
