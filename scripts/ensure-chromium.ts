// `npx tsx scripts/ensure-chromium.ts`: prints Chromium's path, installing it if needed.
import { ensureChromium } from './lib/chromium.ts';

try {
  console.log(`Chromium: ${ensureChromium()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
