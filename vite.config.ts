import { fileURLToPath } from 'node:url';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { geoFilesPlugin } from './scripts/vite/geoFilesPlugin.ts';
import { cspPlugin } from './scripts/vite/cspPlugin.ts';
import { cjkFontFacesPlugin } from './scripts/vite/cjkFontFacesPlugin.ts';
import { noscriptStoryPlugin } from './scripts/vite/noscriptStoryPlugin.ts';
import { DEFAULT_STORY } from './src/state/appState.ts';

export default defineConfig(({ mode }) => ({
  // Relative base: the built site works from any sub-path of any static host.
  base: './',
  plugins: [
    react(),
    geoFilesPlugin(fileURLToPath(new URL('.', import.meta.url))),
    // Online tiles (off unless VITE_TILE_URL is set) need their origin in the CSP's img-src.
    cspPlugin(loadEnv(mode, process.cwd(), 'VITE_').VITE_TILE_URL),
    cjkFontFacesPlugin(fileURLToPath(new URL('./geo', import.meta.url))),
    noscriptStoryPlugin(fileURLToPath(new URL(`./geo/${DEFAULT_STORY}.geojson`, import.meta.url))),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 800 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Unit tests first (all cores), then the browser tests (two Chromiums).
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          sequence: { groupOrder: 1 },
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: one Chromium per worker, two workers.
          maxWorkers: 2,
        },
      },
    ],
  },
}));
