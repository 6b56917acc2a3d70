// Seeded synthetic trade stories for the benchmark and the scale tests: N flows between real
// cities, monthly periods, log-spread values, mixed statuses. Generated at run time, never
// committed. Every figure is made up and every feature says so in its source.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowFeature, PlaceFeature, Status, StoryCollection } from '../../src/story/types.ts';
import { CITIES } from './cities.ts';

/** mulberry32: a tiny seeded PRNG, so the same seed gives byte-identical stories. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

export function syntheticStory(flowCount: number, seed = 1): StoryCollection {
  const random = seededRandom(seed);
  const places: PlaceFeature[] = CITIES.map(([name, country, lat, lon], i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { kind: 'place', id: placeId(i), name, country },
  }));
  const flows: FlowFeature[] = [];
  for (let i = 0; i < flowCount; i++) {
    const from = Math.floor(random() * CITIES.length);
    let to = Math.floor(random() * (CITIES.length - 1));
    if (to >= from) to++;
    const month = 1 + Math.floor(random() * 12);
    flows.push({
      type: 'Feature',
      geometry: null,
      properties: {
        kind: 'flow',
        id: `flow-${i}`,
        name: `${CITIES[from]![0]} → ${CITIES[to]![0]}`,
        from: placeId(from),
        to: placeId(to),
        actor: CITIES[from]![1],
        period: `2023-${String(month).padStart(2, '0')}`,
        // Log-uniform between 10 thousand and 1 billion.
        value: Math.round(10 ** (4 + random() * 5)),
        unit: 'USD',
        status: pickStatus(random()),
        sources: [SOURCE],
      },
    });
  }
  return {
    type: 'FeatureCollection',
    tripoint: {
      profile: 1,
      story: {
        id: `synthetic-${flowCount}`,
        title: { en: `Synthetic benchmark: ${flowCount} made-up trade flows` },
        dek: { en: 'Generated for npm run bench; every value is made up.' },
        languages: ['en'],
        bounds: [-60, -170, 80, 180],
        period: { from: '2023-01-01', to: '2023-12-31' },
        credits: { en: 'Synthetic data' },
        actors: [],
      },
    },
    features: [...places, ...flows],
  };
}

/** Writes `<dir>/synthetic-<n>.geojson` and returns its file name. */
export function writeSyntheticStory(dir: string, flowCount: number, seed = 1): string {
  mkdirSync(dir, { recursive: true });
  const name = `synthetic-${flowCount}.geojson`;
  writeFileSync(join(dir, name), JSON.stringify(syntheticStory(flowCount, seed)));
  return name;
}
