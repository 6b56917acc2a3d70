import { describe, expect, it } from 'vitest';
import { buildSnippet, EMBED_SANDBOX, embedHeight, stateUrl } from '../../../src/embed/snippet.ts';
import { defaultState, parseAppState } from '../../../src/state/appState.ts';

const APP = 'https://example.org/maps/tripoint/';

function parseIframe(snippet: string): Record<string, string> {
  const tag = /<iframe ([^>]*)><\/iframe>/.exec(snippet)?.[1] ?? '';
  const attrs: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g))
    attrs[name!] = value ?? '';
  return attrs;
}

function unescape(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('buildSnippet', () => {
  const state = {
    ...defaultState(),
    layers: ['movement', 'place'] as const,
    actors: ['RUS', 'PRK'],
    lang: 'id' as const,
  };

  it('points the iframe at the same state in embed mode', () => {
    const attrs = parseIframe(
      buildSnippet({ appUrl: APP, state: { ...state, layers: [...state.layers] }, title: 'Map' }),
    );
    const src = new URL(unescape(attrs.src!));
    expect(src.origin + src.pathname).toBe(APP);
    const parsed = parseAppState(src.search).state;
    expect(parsed.mode).toBe('embed');
    expect(parsed.layers).toEqual(['movement', 'place']);
    expect(parsed.actors).toEqual(['RUS', 'PRK']);
    expect(parsed.lang).toBe('id');
  });

  it('has a title, lazy loading, a sandbox without same-origin, full width and a height', () => {
    const attrs = parseIframe(
      buildSnippet({ appUrl: APP, state: defaultState(), title: 'Victory Day' }),
    );
    expect(attrs.title).toBe('Victory Day');
    expect(attrs.loading).toBe('lazy');
    expect(attrs.sandbox).toBe(EMBED_SANDBOX);
    expect(attrs.sandbox!.split(' ')).toEqual(
      expect.arrayContaining(['allow-scripts', 'allow-popups']),
    );
    expect(attrs.sandbox).not.toContain('allow-same-origin');
    expect(attrs.style).toBe('width:100%;border:0');
    expect(Number(attrs.height)).toBe(embedHeight(640));
  });

  it('escapes a title from data so it cannot break out of the attribute', () => {
    const snippet = buildSnippet({
      appUrl: APP,
      state: defaultState(),
      title: '"><script>alert(1)</script>',
    });
    expect(snippet).not.toContain('<script>alert');
    expect(unescape(parseIframe(snippet).title!)).toBe('"><script>alert(1)</script>');
  });

  it('adds the host script from the same folder, or leaves it out', () => {
    const withScript = buildSnippet({
      appUrl: `${APP}index.html?mode=browse`,
      state: defaultState(),
      title: 'M',
    });
    expect(withScript).toContain(`<script src="${APP}embed-host.js" async></script>`);
    const without = buildSnippet({
      appUrl: APP,
      state: defaultState(),
      title: 'M',
      hostScript: false,
    });
    expect(without).not.toContain('<script');
  });

  it('keeps title=0 and drops the old query and hash', () => {
    const url = stateUrl(`${APP}?mode=report#x`, { ...defaultState(), title: false }, 'embed');
    expect(url.startsWith(`${APP}?`)).toBe(true);
    expect(url).not.toContain('#');
    const parsed = parseAppState(new URL(url).search).state;
    expect(parsed).toEqual({ ...defaultState(), mode: 'embed', title: false });
    expect(new URL(stateUrl(APP, defaultState(), 'browse')).searchParams.has('mode')).toBe(false);
  });
});

describe('embedHeight', () => {
  it('is square on phones and 16:10 in wide columns, plus the chrome', () => {
    expect(embedHeight(320, 100)).toBe(420);
    expect(embedHeight(1000, 100)).toBe(725);
  });
});
