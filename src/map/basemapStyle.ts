// Colours of the offline basemap, pure so they can be tested and reused (legend, report).
// Quiet on purpose: the data layers above it carry the story.
import type { PathOptions } from 'leaflet';

export type BasemapTheme = 'light' | 'dark';

export interface BasemapPalette {
  /** The map container's background: everything that is not land. */
  sea: string;
  land: string;
  /** Countries that act in the story: a subtle tint, not a highlight. */
  actorLand: string;
  border: string;
}

export const BASEMAP_PALETTES: Readonly<Record<BasemapTheme, BasemapPalette>> = {
  light: { sea: '#d3e0ea', land: '#f4f2ee', actorLand: '#ebe3d3', border: '#a6a29b' },
  dark: { sea: '#141b22', land: '#30353a', actorLand: '#413e34', border: '#70757a' },
};

export function seaColor(theme: BasemapTheme): string {
  return BASEMAP_PALETTES[theme].sea;
}

/** Fill only: a stroke per country would draw every border twice and blur coastlines. */
export function countryStyle(theme: BasemapTheme, isActor: boolean): PathOptions {
  const palette = BASEMAP_PALETTES[theme];
  return {
    stroke: false,
    fill: true,
    fillColor: isActor ? palette.actorLand : palette.land,
    fillOpacity: 1,
  };
}

export function borderStyle(theme: BasemapTheme): PathOptions {
  return {
    stroke: true,
    color: BASEMAP_PALETTES[theme].border,
    weight: 0.75,
    opacity: 1,
    fill: false,
    lineJoin: 'round',
  };
}
