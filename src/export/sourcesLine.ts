// The report's sources line: the publishers behind what is shown, most-cited first, then the
// basemap and whose borders it draws. Pure.
import { BORDER_POLICY } from '../map/attribution.ts';
import type { Lang } from '../state/appState.ts';
import type { TripointFeature } from '../story/types.ts';
import { reportText } from './reportText.ts';

export interface SourcesSummary {
  /** Publishers named, most-cited first (ties alphabetical, so the line never shuffles). */
  named: string[];
  /** How many other publishers there are. */
  more: number;
}

export function summarizeSources(
  features: readonly TripointFeature[],
  maxNamed = 4,
): SourcesSummary {
  const counts = new Map<string, number>();
  for (const feature of features) {
    // A publisher counts once per feature, however many of its pages the feature cites.
    const publishers = new Set(
      (feature.properties.sources ?? []).map((s) => s.publisher.trim()).filter(Boolean),
    );
    for (const publisher of publishers) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
  }
  const ranked = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
    .map(([name]) => name);
  return { named: ranked.slice(0, maxNamed), more: Math.max(0, ranked.length - maxNamed) };
}

/** "Yonhap, KBS World and 3 more": the publishers part alone. */
export function formatPublishers({ named, more }: SourcesSummary, lang: Lang): string {
  if (named.length === 0) return reportText(lang, 'noSources');
  const list = named.join(', ');
  return more > 0 ? `${list} ${reportText(lang, 'andMore', { count: more })}` : list;
}

/** "Sources: Yonhap, KBS World and 3 more · Basemap: Natural Earth, de facto boundaries". */
export function formatSourcesLine(summary: SourcesSummary, lang: Lang): string {
  return `${reportText(lang, 'sources')}: ${formatPublishers(summary, lang)} · ${reportText(lang, 'basemap')}: ${BORDER_POLICY}`;
}
