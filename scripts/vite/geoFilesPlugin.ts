// Serves geo/ at ./geo/ in dev and copies it into dist/geo/ on build, so the app fetches
// stories and the basemap with page-relative URLs and dist/ works from any sub-path.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const GEO_DIR = 'geo';
const SERVED = /\.(geojson|json)$/;

export function geoFilesPlugin(root: string): Plugin {
  const dir = join(root, GEO_DIR);
  return {
    name: 'tripoint-geo-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const match = /\/geo\/([\w.-]+)$/.exec(path);
        if (!match?.[1] || !SERVED.test(match[1])) return next();
        const file = join(dir, match[1]);
        try {
          if (!statSync(file).isFile()) return next();
        } catch {
          return next();
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const name of readdirSync(dir)) {
        if (!SERVED.test(name)) continue;
        this.emitFile({
          type: 'asset',
          fileName: `${GEO_DIR}/${name}`,
          source: readFileSync(join(dir, name)),
        });
      }
    },
  };
}
