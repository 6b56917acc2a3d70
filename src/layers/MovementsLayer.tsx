// Delegation travel: one arc per movement, coloured by actor, with an arrowhead; bends come
// from the story-wide plan (fan-out at shared endpoints, curvature for short arcs).
import { useMemo } from 'react';
import type { Lang } from '../state/appState.ts';
import type { MovementFeature } from '../story/types.ts';
import type { ArcPlan } from './arcPlan.ts';
import { drawArc } from './drawArc.ts';
import { accessibleName } from './mapText.ts';
import { actorColor } from './styles.ts';
import { useFeatureLayers, type FeatureLayerState } from './useFeatureLayers.ts';

export const MOVEMENT_WEIGHT = 2.5;

export interface MovementsLayerProps extends FeatureLayerState {
  movements: readonly MovementFeature[];
  plans: ReadonlyMap<string, ArcPlan>;
  lang: Lang;
}

export function MovementsLayer({ movements, plans, lang, ...state }: MovementsLayerProps) {
  const drawn = useMemo(
    () =>
      movements.flatMap((movement) => {
        const p = movement.properties;
        const plan = plans.get(p.id);
        if (!plan) return [];
        return [
          drawArc({
            id: p.id,
            kind: 'movement',
            label: accessibleName('movement', p.name, lang),
            plan,
            pane: 'movements',
            weight: MOVEMENT_WEIGHT,
            status: p.status,
            color: (theme) => actorColor(p.actor, theme),
          }),
        ];
      }),
    [movements, plans, lang],
  );
  useFeatureLayers('movements', drawn, state);
  return null;
}
