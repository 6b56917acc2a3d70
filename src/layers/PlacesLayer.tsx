// Places: a small dot at the exact point and a label beside it: the name, and the name in
// local script as a second line (Москва, 北京, 평양). Labels are DOM built with textContent.
// Minor places are labelled only when zoomed in, and colliding labels give way by rank.
import { useMemo } from 'react';
import L from 'leaflet';
import { labelMinZoom } from '../geometry/chooseLabels.ts';
import { markLabel } from './LabelDeclutter.tsx';
import type { Lang } from '../state/appState.ts';
import type { PlaceFeature } from '../story/types.ts';
import { chipElement, elementMarker } from './chip.ts';
import { accessibleName } from './mapText.ts';
import { haloColor, selectedColor } from './styles.ts';
import { useFeatureLayers, type DrawnFeature, type FeatureLayerState } from './useFeatureLayers.ts';

export interface PlacesLayerProps extends Partial<FeatureLayerState> {
  places: readonly PlaceFeature[];
  lang?: Lang;
}

interface DrawnPlace extends DrawnFeature {
  rank: number;
}

function labelElement(place: PlaceFeature): HTMLElement {
  const { name, names, local } = place.properties;
  const second = local ? names?.[local] : undefined;
  const lines = [{ text: name, className: 'place-label__name' }];
  if (second && second !== name)
    lines.push({
      text: second,
      className: 'place-label__local',
      lang: local ?? '',
    } as (typeof lines)[0]);
  return chipElement('place-label', lines);
}

function drawPlace(place: PlaceFeature, lang: Lang, placeCount: number): DrawnPlace {
  const p = place.properties;
  const [lon, lat] = place.geometry.coordinates;
  const rank = p.rank ?? 2;
  const dot = L.circleMarker([lat!, lon!], {
    pane: 'places',
    radius: rank >= 3 ? 3 : 4,
    weight: 1.5,
    fillOpacity: 1,
    interactive: true,
  });
  const label = labelElement(place);
  // Capitals always (in the first free position), then flow and claim labels (2, 3), then the rest.
  markLabel(label, p.id, rank === 1 ? 0 : rank + 2, labelMinZoom(rank, placeCount));
  return {
    id: p.id,
    kind: 'place',
    label: accessibleName('place', p.name, lang),
    rank,
    parts: [
      { layer: dot, part: 'main' },
      { layer: elementMarker([lon!, lat!], label, 'places', true), part: 'label' },
    ],
    restyle: ({ theme, selected }) => {
      const ink = theme === 'dark' ? '#e8edf1' : '#1d2329';
      dot.setStyle({
        color: haloColor(theme),
        fillColor: selected ? selectedColor(theme) : ink,
        radius: selected ? 6 : rank >= 3 ? 3 : 4,
      } as L.CircleMarkerOptions);
      label.classList.toggle('is-selected', selected);
    },
  };
}

export function PlacesLayer({
  places,
  lang = 'en',
  shown = null,
  theme = 'light',
  selectedId = null,
  onSelect,
}: PlacesLayerProps) {
  const drawn = useMemo(
    () => places.map((place) => drawPlace(place, lang, places.length)),
    [places, lang],
  );
  useFeatureLayers('places', drawn, { shown, theme, selectedId, onSelect });

  return null;
}
