// The facts of one feature as label/value rows for the details panel. Pure; values are
// plain strings (rendered as text, never HTML).
import { formatDateRange, formatMoney, formatNumber, formatPeriod } from '../i18n/format.ts';
import { countryName } from '../i18n/countryName.ts';
import type { Translate } from '../i18n/t.ts';
import type { Lang } from '../state/appState.ts';
import type { PlaceIndex } from '../state/featureActors.ts';
import type { TripointFeature } from '../story/types.ts';
import { featureWhen, placeName } from './featureSummary.ts';

export interface DetailsRow {
  label: string;
  value: string;
}

export function detailsRows(
  feature: TripointFeature,
  places: PlaceIndex,
  lang: Lang,
  t: Translate,
): DetailsRow[] {
  const p = feature.properties;
  const rows: DetailsRow[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) rows.push({ label, value });
  };
  const route = (from: string | undefined, to: string | undefined) =>
    from && to ? `${placeName(from, places)} → ${placeName(to, places)}` : undefined;
  const country = (code: string | undefined) => (code ? countryName(code, lang) : undefined);
  switch (p.kind) {
    case 'place':
      add(t('details.country'), country(p.country));
      for (const [tag, name] of Object.entries(p.names ?? {}))
        if (name !== p.name) add(tag, String(name));
      break;
    case 'movement':
      add(t('details.actor'), country(p.actor));
      add(t('details.route'), route(p.from, p.to));
      add(t('details.dates'), formatDateRange(p.start, p.end, lang));
      add(t('details.people'), Array.isArray(p.people) ? p.people.join(', ') : undefined);
      break;
    case 'flow':
      add(t('details.route'), route(p.from, p.to));
      add(
        t('details.value'),
        Number.isFinite(p.value) ? formatMoney(p.value, p.unit, lang) : undefined,
      );
      add(t('details.period'), formatPeriod(p.period, lang));
      if (p.change && Number.isFinite(p.change.ratio)) {
        const ratio = formatNumber(p.change.ratio, lang, p.change.ratio >= 10 ? 0 : 1);
        add(
          t('details.change'),
          t('details.changeVs', { ratio, period: formatPeriod(p.change.against, lang) }),
        );
      }
      break;
    case 'event':
      add(t('details.date'), featureWhen(feature, lang));
      add(t('details.place'), placeName(p.place, places));
      add(t('details.actor'), country(p.actor));
      break;
    case 'claim':
      add(t('details.claimant'), country(p.claimant));
      add(
        t('details.deniedBy'),
        p.denied_by?.length
          ? p.denied_by.map((who) => countryName(who, lang)).join(', ')
          : t('details.nobodyDenies'),
      );
      add(t('details.route'), route(p.from, p.to));
      add(t('details.place'), p.place ? placeName(p.place, places) : undefined);
      add(t('details.date'), featureWhen(feature, lang));
      break;
  }
  // The status is the badge in the header, not a row.
  add(t('details.note'), typeof p.note === 'string' ? p.note : undefined);
  return rows;
}
