// Adds the Content-Security-Policy to built pages only: Vite's dev server injects inline
// scripts (React refresh) that a strict policy would block.
import type { Plugin } from 'vite';

/** The policy; `tileUrl` (VITE_TILE_URL) lets images come from the tile server's origin too. */
export function contentSecurityPolicy(tileUrl?: string): string {
  const tileOrigin = tileUrl ? ` ${new URL(tileUrl.replace(/[{}]/g, '')).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Leaflet and React position elements through style attributes.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin}`,
    "font-src 'self' data:",
    // ?data= may name a CORS-enabled GeoJSON URL elsewhere: the reader's own choice. blob:
    // is the reader's opened file, handed to the report frame that draws the PNG.
    "connect-src 'self' https: http: blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

export function cspPlugin(tileUrl?: string): Plugin {
  return {
    name: 'tripoint-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(tileUrl),
          },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
