import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../scripts/vite/cspPlugin.ts';

const directive = (policy: string, name: string) =>
  policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('allows scripts from the page only: no inline script, no eval', () => {
    expect(directive(contentSecurityPolicy(), 'script-src')).toBe("script-src 'self'");
  });

  it('lets images come from the tile server only when online tiles are configured', () => {
    expect(directive(contentSecurityPolicy(), 'img-src')).toBe("img-src 'self' data: blob:");
    expect(
      directive(contentSecurityPolicy('https://tile.openstreetmap.org/{z}/{x}/{y}.png'), 'img-src'),
    ).toBe("img-src 'self' data: blob: https://tile.openstreetmap.org");
  });
});
