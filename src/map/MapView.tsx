// The Leaflet map: panes, the first view (the URL's, else the story's extent), and the
// view reported back on every move so the URL can follow it.
import { useEffect, type ReactNode } from 'react';
import { MapContainer, useMap, useMapEvents } from 'react-leaflet';
import type { LatLngBoundsExpression } from 'leaflet';
import { MAX_ZOOM, type MapViewState } from '../state/appState.ts';
import { PANES } from './panes.ts';

export interface MapViewProps {
  /** [south, west, north, east] to fit when no view is given. */
  bounds: [number, number, number, number];
  view: MapViewState | null;
  onViewChange?: (view: MapViewState) => void;
  interactive?: boolean;
  /** Report mode: no zoom control, no animation. */
  staticMap?: boolean;
  children?: ReactNode;
}

function toLeafletBounds([
  south,
  west,
  north,
  east,
]: MapViewProps['bounds']): LatLngBoundsExpression {
  return [
    [south, west],
    [north, east],
  ];
}

/** Creates the panes during render, so layers rendered after it always find their pane. */
function EnsurePanes() {
  const map = useMap();
  for (const [name, zIndex] of Object.entries(PANES)) {
    if (!map.getPane(name)) map.createPane(name).style.zIndex = String(zIndex);
  }
  return null;
}

/** Moves the map when the requested view changes from outside (back/forward, reset). */
function ViewSync({
  bounds,
  view,
  onViewChange,
}: Pick<MapViewProps, 'bounds' | 'view' | 'onViewChange'>) {
  const map = useMap();
  useEffect(() => {
    if (view) {
      const center = map.getCenter();
      const same =
        Math.abs(center.lat - view.lat) < 1e-4 &&
        Math.abs(center.lng - view.lng) < 1e-4 &&
        map.getZoom() === view.zoom;
      if (!same) map.setView([view.lat, view.lng], view.zoom, { animate: false });
    } else {
      map.fitBounds(toLeafletBounds(bounds), { animate: false, padding: [24, 24] });
    }
    // Only an outside change of the requested view should move the map.
  }, [map, view, bounds]);
  useMapEvents({
    moveend: () => {
      const center = map.getCenter();
      onViewChange?.({ lat: center.lat, lng: center.lng, zoom: map.getZoom() });
    },
  });
  return null;
}

export function MapView({
  bounds,
  view,
  onViewChange,
  interactive = true,
  staticMap = false,
  children,
}: MapViewProps) {
  return (
    <MapContainer
      className="map"
      bounds={view ? undefined : toLeafletBounds(bounds)}
      center={view ? [view.lat, view.lng] : undefined}
      zoom={view?.zoom}
      boundsOptions={{ padding: [24, 24] }}
      minZoom={1}
      maxZoom={MAX_ZOOM}
      zoomSnap={0.25}
      worldCopyJump={false}
      zoomControl={interactive && !staticMap}
      attributionControl={false}
      dragging={interactive}
      scrollWheelZoom={interactive}
      doubleClickZoom={interactive}
      keyboard={interactive}
      fadeAnimation={!staticMap}
      zoomAnimation={!staticMap}
      markerZoomAnimation={!staticMap}
    >
      <EnsurePanes />
      <ViewSync bounds={bounds} view={view} onViewChange={onViewChange} />
      {children}
    </MapContainer>
  );
}
