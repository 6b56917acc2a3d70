// Seeded synthetic trade stories for the benchmark and the scale tests: N flows between real
// cities, monthly periods, log-spread values, mixed statuses. Generated at run time, never
// committed. Every figure is made up and every feature says so in its source.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  FlowFeature,
  MovementFeature,
  PlaceFeature,
  Status,
  StoryCollection,
} from '../../src/story/types.ts';
import { CITIES } from './cities.ts';
import { seededRandom } from './seededRandom.ts';

const STATUS_WEIGHTS: [Status, number][] = [
  ['confirmed', 0.6],
  ['reported', 0.25],
  ['alleged', 0.1],
  ['denied', 0.05],
];
const SOURCE = {
  url: 'https://example.org/synthetic-benchmark-data',
  publisher: 'Synthetic (made-up) data',
  date: '2024-01-01',
};

function placeId(index: number): string {
  return `city-${index}`;
}

function pickStatus(r: number): Status {
  for (const [status, weight] of STATUS_WEIGHTS) {
    if (r < weight) return status;
    r -= weight;
  }
  return 'confirmed';
}

export type SyntheticKind = 'flow' | 'movement';

/** The story's id (and file name without .geojson): synthetic-50000, synthetic-movements-3000. */
export function syntheticId(count: number, kind: SyntheticKind = 'flow'): string {
  return kind === 'flow' ? `synthetic-${count}` : `synthetic-movements-${count}`;
}

export function syntheticStory(
  count: number,
  seed = 1,
  kind: SyntheticKind = 'flow',
): StoryCollection {
  const random = seededRandom(seed);
  const places: PlaceFeature[] = CITIES.map(([name, country, lat, lon], i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { kind: 'place', id: placeId(i), name, country },
  }));
  const arcs: (FlowFeature | MovementFeature)[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor(random() * CITIES.length);
    let to = Math.floor(random() * (CITIES.length - 1));
    if (to >= from) to++;
    const month = 1 + Math.floor(random() * 12);
    const period = `2023-${String(month).padStart(2, '0')}`;
    const name = `${CITIES[from]![0]} → ${CITIES[to]![0]}`;
    if (kind === 'movement') {
      const day = `${period}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      arcs.push({
        type: 'Feature',
        geometry: null,
        properties: {
          kind: 'movement',
          id: `movement-${i}`,
          name,
          from: placeId(from),
          to: placeId(to),
          actor: CITIES[from]![1],
          start: day,
          end: day,
          people: ['Made-up delegate'],
          status: pickStatus(random()),
          sources: [SOURCE],
        },
      });
      continue;
    }
    arcs.push({
      type: 'Feature',
      geometry: null,
      properties: {
        kind: 'flow',
        id: `flow-${i}`,
        name,
        from: placeId(from),
        to: placeId(to),
        actor: CITIES[from]![1],
        period,
        // Log-uniform between 10 thousand and 1 billion.
        value: Math.round(10 ** (4 + random() * 5)),
        unit: 'USD',
        status: pickStatus(random()),
        sources: [SOURCE],
      },
    });
  }
  const what = kind === 'flow' ? 'trade flows' : 'trips';
  return {
    type: 'FeatureCollection',
    tripoint: {
      profile: 1,
      story: {
        id: syntheticId(count, kind),
        title: { en: `Synthetic benchmark: ${count} made-up ${what}` },
        dek: { en: 'Generated for npm run bench; every value is made up.' },
        languages: ['en'],
        bounds: [-60, -170, 80, 180],
        period: { from: '2023-01-01', to: '2023-12-31' },
        credits: { en: 'Synthetic data' },
        actors: [],
      },
    },
    features: [...places, ...arcs],
  };
}

/** Writes `<dir>/<syntheticId>.geojson` and returns its file name. */
export function writeSyntheticStory(
  dir: string,
  count: number,
  seed = 1,
  kind: SyntheticKind = 'flow',
): string {
  mkdirSync(dir, { recursive: true });
  const name = `${syntheticId(count, kind)}.geojson`;
  writeFileSync(join(dir, name), JSON.stringify(syntheticStory(count, seed, kind)));
  return name;
}
