// The URL is the state: parse a query string into AppState and format it back.
// Pure: no window, no history. Invalid values fall back to defaults with a notice,
// so no URL can break the app.

import { KINDS, type Kind } from '../story/types.ts';

export const MODES = ['browse', 'report', 'embed'] as const;
export type Mode = (typeof MODES)[number];
export const LANGS = ['en', 'id'] as const;
export type Lang = (typeof LANGS)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface MapViewState {
  lat: number;
  lng: number;
  zoom: number;
}

export interface AppState {
  story: string;
  /** A GeoJSON URL (http/https) following the profile, instead of a story. */
  data: string | null;
  layers: Kind[];
  /** ISO alpha-3 actors shown; null = all. */
  actors: string[] | null;
  from: string | null;
  to: string | null;
  /**
   * Trade period shown: YYYY or YYYY-MM; "all" = the latest period of each series; null = the
   * story's default (its `tradePeriod`, else "all"). Views get it resolved by resolveTradePeriod.
   */
  period: string | null;
  lang: Lang;
  theme: Theme;
  mode: Mode;
  /** Embed: show the title. */
  title: boolean;
  view: MapViewState | null;
  /** Id of the feature whose details are open. */
  select: string | null;
}

/** A parameter that was ignored, for the small notice the app shows. */
export interface StateNotice {
  param: string;
  value: string;
}

export const DEFAULT_STORY = 'victory-day-2023';
export const MAX_ZOOM = 12;
const MAX_PARAM_CHARS = 2048;

export function defaultState(lang: Lang = 'en'): AppState {
  return {
    story: DEFAULT_STORY,
    data: null,
    layers: [...KINDS],
    actors: null,
    from: null,
    to: null,
    period: null,
    lang,
    theme: 'auto',
    mode: 'browse',
    title: true,
    view: null,
    select: null,
  };
}

const STORY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ALPHA3 = /^[A-Z]{3}$/;
const FEATURE_ID = /^[\w.:-]{1,128}$/;
const PERIOD = /^(\d{4}(-(0[1-9]|1[0-2]))?|all)$/;

/** A real calendar date YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** http(s), or blob: (a file the reader opened, as the report frame receives it). */
function isDataUrl(value: string): boolean {
  try {
    const url = new URL(value, 'http://relative.invalid/');
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'blob:';
  } catch {
    return false;
  }
}

function oneOf<T extends string>(options: readonly T[], value: string): T | null {
  return (options as readonly string[]).includes(value) ? (value as T) : null;
}

function parseList<T extends string>(
  value: string,
  accept: (item: string) => T | null,
): T[] | null {
  const items = value.split(',').map((item) => item.trim());
  const parsed: T[] = [];
  for (const item of items) {
    if (item === '') continue;
    const ok = accept(item);
    if (ok === null) return null;
    if (!parsed.includes(ok)) parsed.push(ok);
  }
  return parsed;
}

export function parseView(value: string): MapViewState | null {
  const parts = value.split(',');
  if (parts.length !== 3) return null;
  const [lat, lng, zoom] = parts.map((part) =>
    // `+ 0` turns -0 into 0, so the view reads back the same from the URL it writes.
    /^-?\d+(\.\d+)?$/.test(part.trim()) ? Number(part) + 0 : NaN,
  );
  if (lat === undefined || lng === undefined || zoom === undefined) return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || !Number.isFinite(zoom)) return null;
  if (Math.abs(lat) > 85 || Math.abs(lng) > 360 || zoom < 0 || zoom > MAX_ZOOM) return null;
  return { lat, lng, zoom };
}

export function formatView(view: MapViewState): string {
  const round = (n: number, digits: number) => Number(n.toFixed(digits));
  return `${round(view.lat, 4)},${round(view.lng, 4)},${round(view.zoom, 2)}`;
}

type Parser = (value: string, state: AppState) => boolean;

// One parser per parameter: each returns false when the value is invalid.
const PARSERS: Record<string, Parser> = {
  story: (v, s) => (STORY_ID.test(v) ? ((s.story = v), true) : false),
  // An empty value would resolve to the page itself: not a data URL.
  data: (v, s) => (v !== '' && isDataUrl(v) ? ((s.data = v), true) : false),
  layers: (v, s) => {
    const layers = parseList(v, (item) => oneOf(KINDS, item));
    return layers ? ((s.layers = layers), true) : false;
  },
  actors: (v, s) => {
    const actors = parseList(v, (item) =>
      ALPHA3.test(item.toUpperCase()) ? item.toUpperCase() : null,
    );
    return actors && actors.length > 0 ? ((s.actors = actors), true) : false;
  },
  from: (v, s) => (isIsoDate(v) ? ((s.from = v), true) : false),
  to: (v, s) => (isIsoDate(v) ? ((s.to = v), true) : false),
  period: (v, s) => (PERIOD.test(v) ? ((s.period = v), true) : false),
  lang: (v, s) => {
    const lang = oneOf(LANGS, v.toLowerCase());
    return lang ? ((s.lang = lang), true) : false;
  },
  theme: (v, s) => {
    const theme = oneOf(THEMES, v);
    return theme ? ((s.theme = theme), true) : false;
  },
  mode: (v, s) => {
    const mode = oneOf(MODES, v);
    return mode ? ((s.mode = mode), true) : false;
  },
  title: (v, s) => (v === '0' || v === '1' ? ((s.title = v === '1'), true) : false),
  view: (v, s) => {
    const view = parseView(v);
    return view ? ((s.view = view), true) : false;
  },
  select: (v, s) => (FEATURE_ID.test(v) ? ((s.select = v), true) : false),
};

export const STATE_PARAMS = Object.keys(PARSERS);

/** Parses a query string. Unknown parameters are kept out of the state silently. */
export function parseAppState(
  search: string,
  defaults: AppState = defaultState(),
): { state: AppState; notices: StateNotice[] } {
  const state: AppState = { ...defaults, layers: [...defaults.layers] };
  const notices: StateNotice[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, notices: [{ param: '?', value: search.slice(0, 80) }] };
  }
  const seen = new Set<string>();
  for (const [param, raw] of params) {
    // Own properties only: "__proto__" or "constructor" must never reach a parser.
    if (!Object.hasOwn(PARSERS, param) || seen.has(param)) continue;
    seen.add(param);
    const value = raw.trim();
    const parser = PARSERS[param];
    if (value.length > MAX_PARAM_CHARS || !parser || !parser(value, state)) {
      notices.push({ param, value: value.slice(0, 80) });
    }
  }
  if (state.from && state.to && state.from > state.to) {
    notices.push({ param: 'to', value: state.to });
    state.to = null;
  }
  return { state, notices };
}

/** Formats the state as a query string (without "?"), leaving out what equals the defaults. */
export function formatAppState(
  state: AppState,
  defaults: AppState = defaultState(state.lang),
): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | null, fallback: string | null) => {
    if (value !== null && value !== fallback) params.set(name, value);
  };
  if (state.data) params.set('data', state.data);
  else set('story', state.story, defaults.story);
  set('layers', state.layers.join(','), defaults.layers.join(','));
  set('actors', state.actors?.join(',') ?? null, null);
  set('from', state.from, null);
  set('to', state.to, null);
  set('period', state.period, null);
  set('lang', state.lang, null);
  set('theme', state.theme, defaults.theme);
  set('mode', state.mode, defaults.mode);
  if (!state.title) params.set('title', '0');
  if (state.view) params.set('view', formatView(state.view));
  set('select', state.select, null);
  return params.toString().replace(/%2C/g, ',');
}

/** The state a view draws: `period` resolved against the story's default trade period. */
export function resolveTradePeriod(
  state: AppState,
  storyTradePeriod: string | undefined,
): AppState {
  const period = state.period ?? storyTradePeriod ?? null;
  const resolved = period === 'all' ? null : period;
  return resolved === state.period ? state : { ...state, period: resolved };
}
