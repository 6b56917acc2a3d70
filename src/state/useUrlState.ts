// One hook that keeps AppState and the URL in step: every change is a history entry
// (view changes replace the entry instead, so panning doesn't flood back/forward),
// and back/forward restore the state.
import { useCallback, useEffect, useState } from 'react';
import {
  defaultState,
  formatAppState,
  parseAppState,
  type AppState,
  type Lang,
  type StateNotice,
} from './appState.ts';

function browserLang(): Lang {
  const languages =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return languages.some((tag) => /^(id|in)(-|$)/i.test(tag)) ? 'id' : 'en';
}

function readLocation(): { state: AppState; notices: StateNotice[] } {
  return parseAppState(window.location.search, defaultState(browserLang()));
}

export type UpdateState = (change: Partial<AppState>, options?: { replace?: boolean }) => void;

export function useUrlState(): { state: AppState; notices: StateNotice[]; update: UpdateState } {
  const [{ state, notices }, setParsed] = useState(readLocation);

  useEffect(() => {
    const onPopState = () => setParsed(readLocation());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback<UpdateState>((change, options = {}) => {
    setParsed((previous) => {
      const next = { ...previous.state, ...change };
      const query = formatAppState(next);
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        if (options.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
      }
      return { state: next, notices: previous.notices };
    });
  }, []);

  return { state, notices, update };
}
