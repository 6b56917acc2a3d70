// The report's "as of" date: the end of the dates shown, else the story's period end. Never
// the clock unless asked (`now`), so the same view renders the same picture tomorrow. Pure.
import type { AppState, Lang } from '../state/appState.ts';
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

const LOCALES: Record<Lang, string> = { en: 'en-GB', id: 'id-ID' };

/** "27 July 2023" / "27 Juli 2023"; YYYY-MM and YYYY are shown as a month or a year. */
export function formatDay(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}
