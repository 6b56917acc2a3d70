// Once per browser test run: make sure Chromium and the built app exist, then serve dist/
// (plus the test fixtures and the shared test material) on 127.0.0.1 on a free port.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/lib/chromium.ts';
import { startStaticServer } from '../../scripts/lib/staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  const chromiumPath = ensureChromium();
  // TRIPOINT_DIST lets one engineer test their own build while others rebuild dist/.
  const dist = resolve(root, process.env.TRIPOINT_DIST ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const server = await startStaticServer({
    root: dist,
    mounts: {
      '/fixtures/': resolve(root, 'tests/fixtures'),
      '/test-material/': resolve(root, '../shared/test-material'),
    },
  });
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return () => server.close();
}
