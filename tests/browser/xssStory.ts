// A Tripoint-profile story whose every reader-facing string is a payload from the shared XSS
// corpus: the seed story with its title, dek, credits, names, people, notes, publishers and
// flow unit replaced. It stays valid, so it reaches the header, legend, table, details, map
// labels, report and embed. Pure (reads files, writes nothing).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT, TEST_MATERIAL } from '../unit/load/corpusPaths.ts';
import { DEFAULT_STORY } from '../../src/state/appState.ts';

export const XSS_DIR = resolve(TEST_MATERIAL, 'xss');

interface ManifestPayload {
  id: number;
  file: string;
  fields: string[];
  propertyKey: string | null;
  payload: string;
  context: string;
}

export interface XssManifest {
  files: { file: string; payloadIds: number[] }[];
  payloads: ManifestPayload[];
}

export function readXssManifest(): XssManifest {
  return JSON.parse(readFileSync(resolve(XSS_DIR, 'manifest.json'), 'utf8')) as XssManifest;
}

/** Payloads meant for text fields (URL payloads can't be source URLs: the profile refuses them). */
export function textPayloads(): string[] {
  const all = readXssManifest()
    .payloads.filter((p) => p.context !== 'url')
    .map((p) => p.payload);
  return [...new Set(all)];
}

type Props = Record<string, unknown> & { kind: string; id: string };
interface Story {
  type: 'FeatureCollection';
  tripoint: { story: Record<string, unknown> };
  features: { properties: Props }[];
}

/** What the story says, per feature id, so the test can compare what the page shows. */
export interface PayloadStory {
  json: string;
  title: string;
  dek: string;
  credits: string;
  unit: string;
  byId: Map<
    string,
    { kind: string; name: string; note: string; people: string[]; publishers: string[] }
  >;
}

export function payloadStory(): PayloadStory {
  const story = JSON.parse(
    readFileSync(resolve(REPO_ROOT, `geo/${DEFAULT_STORY}.geojson`), 'utf8'),
  ) as Story;
  const payloads = textPayloads();
  const pick = (i: number) => payloads[i % payloads.length]!;
  const meta = story.tripoint.story;
  const [title, dek, credits, unit] = [pick(0), pick(1), pick(payloads.length - 1), pick(8)];
  // English only: the payload must be what every language shows.
  meta.title = { en: title };
  meta.dek = { en: dek };
  meta.credits = { en: credits };
  meta.languages = ['en'];
  const byId: PayloadStory['byId'] = new Map();
  story.features.forEach(({ properties: p }, i) => {
    p.name = pick(i);
    p.note = pick(i + 3);
    // Local-language names are shown beside the name on the map: payloads too.
    if (p.names) p.names = Object.fromEntries(Object.keys(p.names).map((k) => [k, pick(i + 4)]));
    if (p.kind === 'movement') p.people = [pick(i + 5), pick(i + 6)];
    if (p.kind === 'flow') p.unit = unit;
    const sources = (p.sources ?? []) as { publisher: string; url: string }[];
    sources.forEach((source, j) => {
      source.publisher = pick(i + 7 + j);
      // Still http(s), as the profile asks, but with a payload in the query string.
      source.url = `https://example.org/source?q=${encodeURIComponent(pick(i + j))}`;
    });
    byId.set(p.id, {
      kind: p.kind,
      name: p.name as string,
      note: p.note as string,
      people: (p.people as string[] | undefined) ?? [],
      publishers: sources.map((s) => s.publisher),
    });
  });
  return { json: JSON.stringify(story), title, dek, credits, unit, byId };
}
