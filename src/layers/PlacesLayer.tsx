// Place labels: the name, and the name in local script as a second line (Москва, 北京, 평양).
// Labels are DOM elements built with textContent: data never reaches Leaflet as HTML.
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import L from 'leaflet';
import type { PlaceFeature } from '../story/types.ts';

function labelElement(place: PlaceFeature): HTMLElement {
  const { name, names, local } = place.properties;
  const label = document.createElement('span');
  label.className = 'place-label';
  const primary = document.createElement('span');
  primary.className = 'place-label__name';
  primary.textContent = name;
  label.append(primary);
  const second = local ? names?.[local] : undefined;
  if (second && second !== name) {
    const localName = document.createElement('span');
    localName.className = 'place-label__local';
    localName.lang = local ?? '';
    localName.textContent = second;
    label.append(localName);
  }
  return label;
}

function placeIcon(place: PlaceFeature): L.DivIcon {
  return L.divIcon({ className: 'place', html: labelElement(place), iconSize: undefined });
}

export function PlacesLayer({ places }: { places: PlaceFeature[] }) {
  const icons = useMemo(() => places.map((place) => ({ place, icon: placeIcon(place) })), [places]);
  return (
    <>
      {icons.map(({ place, icon }) => {
        const [lng, lat] = place.geometry.coordinates;
        return (
          <Marker
            key={place.properties.id}
            position={[lat ?? 0, lng ?? 0]}
            icon={icon}
            pane="places"
            keyboard={false}
            interactive={false}
          />
        );
      })}
    </>
  );
}
