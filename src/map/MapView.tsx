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

/**
 * Room kept around the story when the map fits it: place labels hang to the right of their
 * dots and event chips stack below their points, so the fit leaves more room on those sides
 * (never more than a fifth of the map: small embeds still show the story large).
 */
export function fitPadding(size: { x: number; y: number }): {
  paddingTopLeft: [number, number];
  paddingBottomRight: [number, number];
} {
  const right = Math.round(Math.min(96, size.x * 0.2));
  const bottom = Math.round(Math.min(72, size.y * 0.18));
  return {
    paddingTopLeft: [24, 24],
    paddingBottomRight: [Math.max(24, right), Math.max(24, bottom)],
  };
}

/** Creates the panes during render, so layers rendered after it always find their pane. */
function EnsurePanes() {
  const map = useMap();
  for (const [name, zIndex] of Object.entries(PANES)) {
    if (!map.getPane(name)) map.createPane(name).style.zIndex = String(zIndex);
  }
  return null;
}

/**
 * Leaflet measures its container when created and on window resizes only. The container also
 * changes size on its own — a report's header and legend reflow once the fonts arrive — and a
 * view set for the stale size is off centre (a report would then depend on font timing). So
 * Leaflet is told of every change, keeping the centre, before the view for the new size is set.
 */
function TrackContainerSize() {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return; // Leaflet's window listener remains
    const observer = new ResizeObserver(() => map.invalidateSize({ animate: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
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
      map.fitBounds(toLeafletBounds(bounds), { animate: false, ...fitPadding(map.getSize()) });
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
      <TrackContainerSize />
      <ViewSync bounds={bounds} view={view} onViewChange={onViewChange} />
      {children}
    </MapContainer>
  );
}
