// The embed code for the current state: an <iframe> a newsroom pastes into its page, plus an
// optional host script that resizes it. Pure: the app's address comes in as a parameter.
import { formatAppState, type AppState } from '../state/appState.ts';

/** Taller-than-wide on phones, a wide picture in a desktop column (keep in step with embed.css). */
export const NARROW_MAX_WIDTH = 480;
export const NARROW_RATIO = 1;
export const WIDE_RATIO = 10 / 16;
/** Title, legend toggle and credits around the map, in CSS pixels (an estimate for the first paint). */
export const CHROME_HEIGHT = 80;
/** The column width the iframe's first height is computed for, before the host script corrects it. */
export const DEFAULT_COLUMN_WIDTH = 640;

// Only what the map needs: scripts, and the "Open full map" tab. The popup escapes the sandbox so
// the full map opens as a normal page; nothing here lets the map reach the host page.
export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/** The embed's natural height at a given width, as embed.css lays it out. */
export function embedHeight(width: number, chrome: number = CHROME_HEIGHT): number {
  const ratio = width <= NARROW_MAX_WIDTH ? NARROW_RATIO : WIDE_RATIO;
  return Math.round(width * ratio + chrome);
}

/** The app's address for a state in a mode: `appUrl` is the page without its query. */
export function stateUrl(appUrl: string, state: AppState, mode: AppState['mode']): string {
  const url = new URL(appUrl);
  url.search = '';
  url.hash = '';
  const query = formatAppState({ ...state, mode });
  return query ? `${url.href}?${query}` : url.href;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface SnippetOptions {
  /** Where the app is published, e.g. https://example.org/maps/tripoint/ (any query is dropped). */
  appUrl: string;
  state: AppState;
  /** The iframe's title, read by screen readers: the story's title. */
  title: string;
  /** Add the host script that sets the iframe's height from the map's messages. */
  hostScript?: boolean;
}

/** The HTML to paste. Every value is attribute-escaped: titles come from data. */
export function buildSnippet({ appUrl, state, title, hostScript = true }: SnippetOptions): string {
  const src = stateUrl(appUrl, state, 'embed');
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy"` +
    ` sandbox="${EMBED_SANDBOX}" style="width:100%;border:0"` +
    ` height="${embedHeight(DEFAULT_COLUMN_WIDTH)}"></iframe>`;
  if (!hostScript) return iframe;
  const script = new URL('embed-host.js', new URL(appUrl)).href;
  return `${iframe}\n<script src="${escapeAttribute(script)}" async></script>`;
}
