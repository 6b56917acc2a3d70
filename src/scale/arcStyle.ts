// Arc styles for the fast path: colour by kind (and actor for movements), width by value,
// dash by status. Kept pure and small so the normal path (src/layers) can share it.
// TODO(unify): once src/layers/styles.ts exists, import its colours and width scale here.
import type { Status } from '../story/types.ts';

export type ArcTheme = 'light' | 'dark';

/** Stroke widths in CSS pixels; a flow's width is one of these buckets. */
export const WIDTH_BUCKETS = [1, 1.5, 2, 3, 4, 6, 8] as const;

/** Dash patterns per status: confirmed is solid, the less certain the sparser. */
export const STATUS_DASH: Record<Status, number[]> = {
  confirmed: [],
  reported: [7, 4],
  alleged: [2, 4],
  denied: [1, 6],
};

const ACTOR_COLOURS: Record<string, { light: string; dark: string }> = {
  RUS: { light: '#c92a2a', dark: '#ff8787' },
  CHN: { light: '#e67700', dark: '#ffc078' },
  PRK: { light: '#1c7ed6', dark: '#74c0fc' },
};
const FLOW_COLOUR = { light: '#0b7285', dark: '#66d9e8' };
const MOVEMENT_COLOUR = { light: '#5f3dc4', dark: '#b197fc' };
const DENIED_COLOUR = { light: '#868e96', dark: '#adb5bd' };

/** A colour key: 'flow', 'movement', or 'actor:XXX'. Resolved to CSS per theme at draw time. */
export function colourKey(kind: 'flow' | 'movement', actor: string | undefined): string {
  if (kind === 'movement' && actor && actor in ACTOR_COLOURS) return `actor:${actor}`;
  return kind;
}

export function colourFor(key: string, status: Status, theme: ArcTheme): string {
  if (status === 'denied') return DENIED_COLOUR[theme];
  if (key.startsWith('actor:')) return (ACTOR_COLOURS[key.slice(6)] ?? MOVEMENT_COLOUR)[theme];
  return key === 'movement' ? MOVEMENT_COLOUR[theme] : FLOW_COLOUR[theme];
}

/**
 * Width bucket for a flow value on a square-root scale of the largest value (area-like, so a
 * flow 4× bigger looks 2× wider). Movements and flows without a value get the thinnest-but-one.
 */
export function widthBucket(value: number | undefined, maxValue: number): number {
  if (value === undefined || !Number.isFinite(value) || value <= 0 || !(maxValue > 0)) return 1;
  const share = Math.sqrt(Math.min(value / maxValue, 1));
  return Math.min(WIDTH_BUCKETS.length - 1, Math.round(share * (WIDTH_BUCKETS.length - 1)));
}
