// A file name for a download that says what it shows: story, dates, size. Pure.
import type { AppState } from '../state/appState.ts';

export function downloadName(
  state: Pick<AppState, 'story' | 'data' | 'from' | 'to'>,
  size: string,
  extension: string,
): string {
  const base = state.data ? 'tripoint-data' : `tripoint-${state.story}`;
  const dates = [state.from, state.to].filter(Boolean).join('_');
  return `${[base, dates, size].filter(Boolean).join('-')}.${extension}`.replace(/[^\w.-]+/g, '-');
}
