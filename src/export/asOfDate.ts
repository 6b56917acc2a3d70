// The report's "as of" date: the end of the dates shown, else the story's period end. Never
// the clock unless asked (`now`), so the same view renders the same picture tomorrow. Pure.
import type { AppState } from '../state/appState.ts';
import type { StoryMeta } from '../story/types.ts';

/** The ISO day the report is "as of", or null when neither the state nor the story says. */
export function asOfDay(
  state: Pick<AppState, 'to'>,
  meta: Pick<StoryMeta, 'period'> | undefined,
  now?: Date,
): string | null {
  if (now) return now.toISOString().slice(0, 10);
  return state.to ?? meta?.period?.to ?? null;
}
