// Loads what the URL asks for: a published story (?story=) — or a reader's file (?data=).
import { useEffect, useState } from 'react';
import { beginDrawing } from '../map/readiness.ts';
import { loadStory } from '../load/loadStory.ts';
import type { StoryCollection } from '../story/types.ts';
import type { AppState } from './appState.ts';

export function useStoryData(state: AppState): {
  story: StoryCollection | null;
  error: string | null;
} {
  const [result, setResult] = useState<{ story: StoryCollection | null; error: string | null }>({
    story: null,
    error: null,
  });
  useEffect(() => {
    const controller = new AbortController();
    const done = beginDrawing('story');
    // Another story is asked for: the last one's error no longer describes the page.
    setResult((previous) => (previous.error ? { ...previous, error: null } : previous));
    loadStory(state.story, controller.signal)
      .then((story) => setResult({ story, error: null }))
      .catch((error: Error) => {
        if (error.name !== 'AbortError')
          setResult((previous) => ({ story: previous.story, error: error.message }));
      })
      .finally(done);
    return () => controller.abort();
  }, [state.story]);
  return result;
}
