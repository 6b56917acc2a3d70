// Builds, with Vite's API, into the bench's temp folder (never dist/): the baseline pages of
// scripts/bench/pages/, and the app itself (for its chunk sizes and the app rows).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

export const PAGES = ['fast-arcs', 'leaflet-canvas', 'react-polylines', 'raster'] as const;
export type PageName = (typeof PAGES)[number];

export async function buildBenchPages(outDir: string): Promise<void> {
  const pagesRoot = resolve(import.meta.dirname, 'pages');
  await build({
    configFile: false,
    root: pagesRoot,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        input: Object.fromEntries(PAGES.map((p) => [p, join(pagesRoot, `${p}.html`)])),
      },
    },
  });
}

export async function buildApp(root: string, outDir: string): Promise<void> {
  await build({
    configFile: join(root, 'vite.config.ts'),
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** Every JS and CSS file of a build, with its gzip size, largest first. */
export function chunkSizes(outDir: string): ChunkSize[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css)$/.test(name)) files.push(path);
    }
  };
  walk(outDir);
  return files
    .map((path) => {
      const data = readFileSync(path);
      return {
        file: path.slice(outDir.length + 1),
        bytes: data.length,
        gzip: gzipSync(data, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
