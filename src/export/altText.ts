// Alt text drafted from the data, for whoever publishes the image: what is shown, the
// period and the sources. A draft: people should read it and improve it. Pure.
import { BORDER_POLICY } from '../map/attribution.ts';
import type { AppState, Lang } from '../state/appState.ts';
import { KINDS, type StoryMeta, type TripointFeature } from '../story/types.ts';
import { formatDateRange, formatPeriod } from '../i18n/format.ts';
import { reportText, type ReportTextKey } from './reportText.ts';
import { formatPublishers, summarizeSources } from './sourcesLine.ts';

export interface AltTextInput {
  lang: Lang;
  title: string | null;
  meta?: Pick<StoryMeta, 'period'>;
  state: Pick<AppState, 'from' | 'to' | 'period'>;
  /** The features the image shows. */
  features: readonly TripointFeature[];
  /** How many features to name one by one. */
  maxNamed?: number;
}

function countsSentence(features: readonly TripointFeature[], lang: Lang): string | null {
  const parts: string[] = [];
  for (const kind of KINDS) {
    const count = features.filter((f) => f.properties.kind === kind).length;
    if (count === 1) parts.push(reportText(lang, `kind${kind}1` as ReportTextKey));
    else if (count > 1) parts.push(reportText(lang, `kind${kind}` as ReportTextKey, { count }));
  }
  if (parts.length === 0) return null;
  const joiner = lang === 'id' ? ' dan ' : ' and ';
  const list =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')}${joiner}${parts.at(-1)}` : parts[0]!;
  return reportText(lang, 'altShows', { items: list });
}

function describeFeature(feature: TripointFeature, lang: Lang): string {
  const p = feature.properties;
  const notes: string[] = [];
  if (p.status) notes.push(reportText(lang, `status${p.status}` as ReportTextKey));
  if (p.kind === 'claim' && p.denied_by.length > 0)
    notes.push(reportText(lang, 'deniedBy', { who: p.denied_by.join(', ') }));
  return notes.length > 0 ? `${p.name} (${notes.join(', ')})` : p.name;
}

function periodText({ state, meta, lang }: AltTextInput): string | null {
  const from = state.from ?? meta?.period?.from ?? null;
  const to = state.to ?? meta?.period?.to ?? null;
  return from && to ? formatDateRange(from, to, lang) : null;
}

export function altText(input: AltTextInput): string {
  const { lang, title, features, maxNamed = 6 } = input;
  const sentences: string[] = [`${reportText(lang, 'altMap')}${title ? `: ${title}` : ''}.`];
  const counts = countsSentence(features, lang);
  sentences.push(counts ?? reportText(lang, 'altNothing'));
  // Places are the backdrop; name what happened between them.
  const named = features.filter((f) => f.properties.kind !== 'place').slice(0, maxNamed);
  if (named.length > 0) {
    sentences.push(
      reportText(lang, 'altAmong', {
        items: named.map((f) => describeFeature(f, lang)).join('; '),
      }),
    );
  }
  const period = periodText(input);
  if (period) sentences.push(reportText(lang, 'altPeriod', { period }));
  // The trade period is its own sentence: "Period" is the dates of the visits and events.
  if (input.state.period)
    sentences.push(
      reportText(lang, 'altTradePeriod', { period: formatPeriod(input.state.period, lang) }),
    );
  const sources = summarizeSources(features, 6);
  if (sources.named.length > 0) {
    sentences.push(reportText(lang, 'altSources', { sources: formatPublishers(sources, lang) }));
  }
  sentences.push(reportText(lang, 'altBasemap', { basemap: BORDER_POLICY }));
  return sentences.join(' ');
}
