// The center and zoom that fit bounds into a map of a given pixel size, the way Leaflet's
// fitBounds does (Web Mercator, 256 px tiles, zoom snapped down), but computed before the
// map exists: the report knows its map's size from the viewport, and a view given up front
// means one deterministic draw instead of a fit followed by a redraw. Pure.
import type { MapViewState } from '../state/appState.ts';
import type { Bounds } from './featureBounds.ts';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FitOptions {
  /** Pixels kept free on every side, or per side. */
  padding?: number | Padding;
  zoomSnap?: number;
  minZoom?: number;
  maxZoom?: number;
  /** A single point (or a tiny extent) is shown at this zoom at most. */
  pointZoom?: number;
}

const TILE = 256;
const MAX_LAT = 85.0511287798;

function projectY(lat: number): number {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

function unprojectY(y: number): number {
  const n = Math.PI - 2 * Math.PI * y;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

export function fitView(
  [south, west, north, east]: Bounds,
  size: { width: number; height: number },
  { padding = 24, zoomSnap = 0.25, minZoom = 1, maxZoom = 12, pointZoom = 6 }: FitOptions = {},
): MapViewState {
  // World fractions (0..1) at zoom 0.
  const x0 = (west + 180) / 360;
  const x1 = (east + 180) / 360;
  const yTop = projectY(north);
  const yBottom = projectY(south);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(yBottom - yTop, 1e-9);
  const pad =
    typeof padding === 'number'
      ? { top: padding, right: padding, bottom: padding, left: padding }
      : padding;
  const usableW = Math.max(size.width - pad.left - pad.right, 1);
  const usableH = Math.max(size.height - pad.top - pad.bottom, 1);
  const exact = Math.log2(Math.min(usableW / (spanX * TILE), usableH / (spanY * TILE)));
  const snapped = Math.floor(exact / zoomSnap + 1e-9) * zoomSnap;
  // One point (or places a few metres apart) has no extent to fit: show its surroundings.
  const degenerate = x1 - x0 < 1e-6 && yBottom - yTop < 1e-6;
  const zoom = Math.max(minZoom, Math.min(maxZoom, degenerate ? pointZoom : snapped));
  // Uneven padding moves the center: by half the difference, in world fractions at this zoom.
  const worldPx = TILE * 2 ** zoom;
  const centerX = (x0 + x1) / 2 + (pad.right - pad.left) / 2 / worldPx;
  const centerY = (yTop + yBottom) / 2 + (pad.bottom - pad.top) / 2 / worldPx;
  const round = (n: number) => Number(n.toFixed(5));
  return { lat: round(unprojectY(centerY)), lng: round(centerX * 360 - 180), zoom };
}
