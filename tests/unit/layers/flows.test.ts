import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pickFlows, flowMaxima } from '../../../src/layers/flowPeriod.ts';
import { arcKind, planArcs } from '../../../src/layers/arcPlan.ts';
import { byKind } from '../../../src/layers/byKind.ts';
import { claimLabel, earlierEvents, flowLabel } from '../../../src/layers/mapText.ts';
import type { MovementFeature, StoryCollection } from '../../../src/story/types.ts';

const story = JSON.parse(
  readFileSync(new URL('../../fixtures/layers/mini-story.geojson', import.meta.url), 'utf8'),
) as StoryCollection;
const { flows, claims } = byKind(story.features);

describe('pickFlows', () => {
  it('draws one flow per lane by default: the latest month', () => {
    expect([...pickFlows(flows, null, null)].sort()).toEqual(['cn-kp-2023-06', 'kp-cn-2022']);
  });

  it('draws exactly the chosen period, and never sums months into a year', () => {
    expect([...pickFlows(flows, '2022', null)].sort()).toEqual(['cn-kp-2022', 'kp-cn-2022']);
    expect([...pickFlows(flows, '2022-06', null)]).toEqual(['cn-kp-2022-06']);
    expect([...pickFlows(flows, '2023', null)]).toEqual([]);
  });

  it('only picks among visible flows', () => {
    expect([...pickFlows(flows, null, new Set(['cn-kp-2022']))]).toEqual(['cn-kp-2022']);
  });

  it('scales months against months and years against years', () => {
    expect(flowMaxima(flows)).toEqual({ month: 154.7, year: 894 });
  });
});

describe('arcKind', () => {
  it('says which lines are bent for legibility', () => {
    const plans = planArcs(story.features);
    const li = story.features.find((f) => f.properties.id === 'li-visit')!;
    expect(arcKind(li, story.features)).toBe('schematic');
    // Monthly flows of one pair share a lane: same line.
    expect(plans.get('cn-kp-2023-06')!.line).toEqual(plans.get('cn-kp-2022-06')!.line);
    for (const plan of plans.values())
      expect(plan.kind).toBe(plan.deflection === 0 ? 'geodesic' : 'schematic');
  });

  it('a lone long arc is geodesic', () => {
    const shoigu = story.features.find(
      (f) => f.properties.id === 'shoigu-visit',
    ) as MovementFeature;
    const lone: MovementFeature = { ...shoigu, geometry: null };
    const moscow = story.features.find((f) => f.properties.id === 'moscow')!;
    const pyongyang = story.features.find((f) => f.properties.id === 'pyongyang')!;
    expect(arcKind(lone, [moscow, pyongyang, lone])).toBe('geodesic');
  });
});

describe('map texts', () => {
  it('labels a flow with value, period and change', () => {
    const june = flows.find((f) => f.properties.id === 'cn-kp-2023-06')!;
    expect(flowLabel(june.properties, 'en')).toBe('US$154.7m · Jun 2023 · ×8.1 vs Jun 2022');
  });

  it('labels a claim with who claims and who denies, in English and Indonesian', () => {
    expect(claimLabel(claims[0]!.properties, 'en')).toBe('Alleged by USA · denied by PRK, RUS');
    expect(claimLabel(claims[0]!.properties, 'id')).toBe(
      'Dituduhkan oleh USA · dibantah oleh PRK, RUS',
    );
  });
});

describe('earlierEvents', () => {
  it('counts the events a stack leaves out, in both languages', () => {
    expect(earlierEvents(14, 'en')).toBe('+14 earlier');
    expect(earlierEvents(1200, 'id')).toBe('+1.200 sebelumnya');
  });
});
