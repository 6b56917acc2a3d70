// Claims: a line between two places (or a ring around one place), in the claimant's colour
// and the claim's status style (alleged = dashed, denied = dotted), labelled with who claims
// and who denies: "Alleged by USA · denied by PRK, RUS".
import { useMemo } from 'react';
import L from 'leaflet';
import type { Position } from 'geojson';
import type { Lang } from '../state/appState.ts';
import type { ClaimFeature } from '../story/types.ts';
import type { ArcPlan } from './arcPlan.ts';
import { chipElement, elementMarker } from './chip.ts';
import { markLabel } from './LabelDeclutter.tsx';
import { drawArc } from './drawArc.ts';
import { accessibleName, claimLabel } from './mapText.ts';
import { actorColor, dashArray, selectedColor, statusStyle } from './styles.ts';
import { useFeatureLayers, type DrawnFeature, type FeatureLayerState } from './useFeatureLayers.ts';

export const CLAIM_WEIGHT = 2;
const RING_RADIUS = 15;

export interface ClaimsLayerProps extends FeatureLayerState {
  claims: readonly ClaimFeature[];
  plans: ReadonlyMap<string, ArcPlan>;
  places: ReadonlyMap<string, Position>;
  lang: Lang;
}

function claimChip(id: string, text: string, struck: boolean): HTMLElement {
  const chip = chipElement('tp-claim-label', [text]);
  markLabel(chip, id, 3);
  chip.classList.toggle('is-struck', struck);
  return chip;
}

function drawRing(claim: ClaimFeature, at: Position, label: string, text: string): DrawnFeature {
  const p = claim.properties;
  const ring = L.circleMarker([at[1]!, at[0]!], {
    pane: 'claims',
    radius: RING_RADIUS,
    fill: true,
    fillOpacity: 0,
    interactive: true,
  });
  const chip = claimChip(p.id, text, statusStyle(p.status).struck);
  chip.classList.add('tp-claim-label--ring');
  const look = statusStyle(p.status);
  return {
    id: p.id,
    kind: 'claim',
    label,
    parts: [
      { layer: ring, part: 'main' },
      { layer: elementMarker(at, chip, 'claims', true), part: 'label' },
    ],
    restyle: ({ theme, selected }) => {
      const weight = selected ? CLAIM_WEIGHT + 1.5 : CLAIM_WEIGHT;
      ring.setStyle({
        color: selected ? selectedColor(theme) : actorColor(p.claimant, theme),
        weight,
        opacity: look.opacity,
        dashArray: dashArray(p.status, weight),
        lineCap: look.lineCap,
      });
      chip.classList.toggle('is-selected', selected);
    },
  };
}

export function ClaimsLayer({ claims, plans, places, lang, ...state }: ClaimsLayerProps) {
  const drawn = useMemo(
    () =>
      claims.flatMap((claim): DrawnFeature[] => {
        const p = claim.properties;
        const text = claimLabel(p, lang);
        const label = accessibleName('claim', p.name, lang, text);
        const plan = plans.get(p.id);
        if (plan) {
          return [
            drawArc({
              id: p.id,
              kind: 'claim',
              label,
              plan,
              pane: 'claims',
              weight: CLAIM_WEIGHT,
              status: p.status,
              color: (theme) => actorColor(p.claimant, theme),
              chip: claimChip(p.id, text, statusStyle(p.status).struck),
            }),
          ];
        }
        const at =
          claim.geometry?.type === 'Point'
            ? claim.geometry.coordinates
            : p.place
              ? places.get(p.place)
              : undefined;
        return at ? [drawRing(claim, at, label, text)] : [];
      }),
    [claims, plans, places, lang],
  );
  useFeatureLayers('claims', drawn, state);
  return null;
}
