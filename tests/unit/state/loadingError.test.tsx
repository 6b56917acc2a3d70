// @vitest-environment jsdom
// Back/forward away from what failed must take the page out of the error state: the URL fuzz
// found `error` with no message on screen after ?story=e30 → ?story=W10 (the default story),
// and after a refused ?data= URL → ?mode=embed.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { clearLoadingError, failLoading } from '../../../src/map/readiness.ts';
import { useLoadingError } from '../../../src/map/useLoadingError.ts';
import { useUserData } from '../../../src/load/useUserData.ts';
import { useStoryData } from '../../../src/state/useStoryData.ts';
import { defaultState } from '../../../src/state/appState.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeAll(() => {
  // readiness settles after the fonts and two frames; jsdom has neither.
  Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() } });
  globalThis.requestAnimationFrame = (callback) => setTimeout(() => callback(0), 0) as never;
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  clearLoadingError();
});

const mapState = () => document.documentElement.dataset.mapState;
const settled = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

function mount(element: React.ReactElement) {
  root ??= createRoot(document.createElement('div'));
  act(() => root!.render(element));
}

function StoryError({ error }: { error: string | null }) {
  useLoadingError(error);
  return null;
}

function DataUrl({ url }: { url: string | null }) {
  useUserData(url);
  return null;
}

describe('useLoadingError', () => {
  it('enters the error state and leaves it once the error is gone', async () => {
    mount(<StoryError error="Could not load geo/e30.geojson" />);
    expect(mapState()).toBe('error');
    mount(<StoryError error={null} />);
    expect(mapState()).toBe('loading'); // no stale `error` while it settles
    await settled();
    expect(mapState()).toBe('ready');
  });

  it('clearing one error leaves a different, later one in place', async () => {
    mount(<StoryError error="story failed" />);
    failLoading('a file failed');
    mount(<StoryError error={null} />);
    await settled();
    expect(mapState()).toBe('error');
  });
});

describe('useUserData', () => {
  it('a refused ?data= URL puts the page in error until the URL stops asking for it', async () => {
    mount(<DataUrl url="javascript:window.__pwned=true" />);
    expect(mapState()).toBe('error');
    mount(<DataUrl url={null} />);
    await settled();
    expect(mapState()).toBe('ready');
  });
});

describe('useStoryData', () => {
  it("drops the last story's error as soon as another story is asked for", async () => {
    const never = new Promise<Response>(() => {}); // the next story is still on its way
    globalThis.fetch = ((url: string) =>
      url.includes('e30') ? Promise.resolve(new Response('', { status: 404 })) : never) as never;
    const seen: (string | null)[] = [];
    function Story({ story }: { story: string }) {
      seen.push(useStoryData({ ...defaultState(), story }).error);
      return null;
    }
    mount(<Story story="e30" />);
    await settled();
    expect(seen.at(-1)).toMatch(/e30\.geojson: the server answered 404/);
    mount(<Story story="victory-day-2023" />);
    await settled();
    expect(seen.at(-1)).toBeNull();
  });
});
