// One arc as Leaflet layers: a paper-coloured halo (also a wider click target), the line
// styled by status, an arrowhead at the end, and optionally a label at the middle.
import L from 'leaflet';
import type { Status } from '../story/types.ts';
import type { ArcPlan } from './arcPlan.ts';
import { createArrowhead } from './arrowhead.ts';
import { elementMarker } from './chip.ts';
import type { FeatureIdentity } from './featureElement.ts';
import { dashArray, haloColor, selectedColor, statusStyle, type MapTheme } from './styles.ts';
import type { DrawnFeature, DrawnPart, Look } from './useFeatureLayers.ts';

export interface ArcDrawing extends FeatureIdentity {
  plan: ArcPlan;
  pane: string;
  /** Line width in px. */
  weight: number;
  status: Status | undefined;
  color: (theme: MapTheme) => string;
  /** No arrowhead: e.g. a flow that counts both directions. */
  undirected?: boolean;
  /** A chip at the arc's middle (built with textContent). */
  chip?: HTMLElement;
}

const HALO_EXTRA = 4;
/** Pane of arc labels: above flows, movements and claims, below places (see map/panes.ts). */
const LABEL_PANE = 'events';

export function drawArc(arc: ArcDrawing): DrawnFeature {
  const latLngs = arc.plan.line.map(([lon, lat]) => L.latLng(lat!, lon!));
  const halo = L.polyline(latLngs, {
    pane: arc.pane,
    weight: arc.weight + HALO_EXTRA,
    lineCap: 'round',
    interactive: true,
  });
  const line = L.polyline(latLngs, { pane: arc.pane, weight: arc.weight, interactive: true });
  const arrow = createArrowhead(
    arc.plan.line[arc.plan.line.length - 1]!,
    arc.plan.heading,
    arc.weight,
    arc.pane,
  );
  const parts: DrawnPart[] = [
    { layer: halo, part: 'halo' },
    { layer: line, part: 'main' },
  ];
  if (!arc.undirected) parts.push({ layer: arrow.marker, part: 'arrow' });
  // The label rides in the events pane, above every arc: a callout beside a short arc often
  // lies across other lanes, and a label under a line is unreadable.
  if (arc.chip)
    parts.push({
      layer: elementMarker(arc.plan.middle, arc.chip, LABEL_PANE, true),
      part: 'label',
    });
  const look = statusStyle(arc.status);
  const restyle = ({ theme, selected }: Look) => {
    const color = arc.color(theme);
    const weight = selected ? arc.weight + 1.5 : arc.weight;
    line.setStyle({
      color,
      weight,
      opacity: selected ? 1 : look.opacity,
      dashArray: dashArray(arc.status, weight),
      lineCap: look.lineCap,
    });
    halo.setStyle({
      color: selected ? selectedColor(theme) : haloColor(theme),
      opacity: selected ? 0.5 : 0.7,
      weight: weight + (selected ? 6 : HALO_EXTRA),
    });
    arrow.setColor(color, haloColor(theme), selected ? 1 : Math.max(look.opacity, 0.8));
    arc.chip?.classList.toggle('is-selected', selected);
  };
  return { id: arc.id, kind: arc.kind, label: arc.label, parts, restyle };
}
