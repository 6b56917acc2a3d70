// The map's visual vocabulary, shared by every layer and by the legend: one colour per actor,
// one line style per status. Pure; colours resolve per theme so dark mode restyles in place.
import type { Status } from '../story/types.ts';

export type MapTheme = 'light' | 'dark';

interface Pair {
  light: string;
  dark: string;
}

/**
 * Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), darkened
 * for a light basemap and lightened for a dark one. Keyed by ISO 3166-1 alpha-3.
 */
const ACTORS: Record<string, Pair> = {
  RUS: { light: '#0a6aa8', dark: '#5cb8f0' }, // blue
  CHN: { light: '#c24f00', dark: '#ff9a4d' }, // vermillion
  PRK: { light: '#00805c', dark: '#3fd1a3' }, // bluish green
  USA: { light: '#a2447f', dark: '#e58fc4' }, // reddish purple
  KOR: { light: '#2f8fcf', dark: '#8fd0f5' }, // sky blue
  JPN: { light: '#b07d00', dark: '#f0c44a' }, // orange-yellow
};

/** Unknown actors get one of these, chosen by a hash of the code: stable across sessions. */
const FALLBACKS: Pair[] = [
  { light: '#6a4c93', dark: '#b9a3e0' },
  { light: '#7a6a00', dark: '#d8cc5c' },
  { light: '#8c3b3b', dark: '#e49a9a' },
  { light: '#3b6e6e', dark: '#8cc9c9' },
];

/** When there is no actor at all. */
const NEUTRAL: Pair = { light: '#4b5560', dark: '#b8c2cc' };

export function actorColor(actor: string | undefined, theme: MapTheme): string {
  if (!actor) return NEUTRAL[theme];
  const known = ACTORS[actor];
  if (known) return known[theme];
  let hash = 0;
  for (const char of actor) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return FALLBACKS[hash % FALLBACKS.length]![theme];
}

/** The actors with a palette colour of their own, for a legend. */
export const PALETTE_ACTORS = Object.keys(ACTORS);

export interface StatusStyle {
  /** SVG stroke-dasharray, in multiples of the line width ('' = solid). */
  dash: readonly number[];
  opacity: number;
  /** Round caps turn a dash of 0 into a dot. */
  lineCap: 'round' | 'butt';
  /** Labels of denied things are struck through. */
  struck: boolean;
}

/** Confirmed solid; reported lighter; alleged dashed; denied dotted and struck through. */
const STATUS: Record<Status, StatusStyle> = {
  confirmed: { dash: [], opacity: 0.95, lineCap: 'round', struck: false },
  reported: { dash: [], opacity: 0.6, lineCap: 'round', struck: false },
  alleged: { dash: [3, 2.2], opacity: 0.9, lineCap: 'butt', struck: false },
  denied: { dash: [0.1, 2.2], opacity: 0.85, lineCap: 'round', struck: true },
};

export function statusStyle(status: Status | undefined): StatusStyle {
  return STATUS[status ?? 'confirmed'];
}

/** The dash pattern in pixels for a line `weight` px wide ('' when solid): Leaflet's dashArray. */
export function dashArray(status: Status | undefined, weight: number): string | undefined {
  const { dash } = statusStyle(status);
  if (dash.length === 0) return undefined;
  return dash.map((d) => Math.max(0.1, Math.round(d * Math.max(weight, 2) * 10) / 10)).join(' ');
}

/** A halo under lines and text: the paper colour, so lines stay legible over any fill. */
export function haloColor(theme: MapTheme): string {
  return theme === 'dark' ? '#161d23' : '#ffffff';
}

/** Colour for what is selected (the focus colour of the page). */
export function selectedColor(theme: MapTheme): string {
  return theme === 'dark' ? '#7cb8ff' : '#0b63ce';
}
