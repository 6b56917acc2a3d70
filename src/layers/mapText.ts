// The short texts drawn on the map: flow labels, claim labels, event dates, accessible names.
// Numbers and dates go through src/i18n/format.ts (Intl). Pure.
import { formatDate, formatMoney, formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';
import type { Lang } from '../state/appState.ts';
import type { ClaimProperties, FlowProperties } from '../story/types.ts';

/** "US$154.7m · Jun 2023 · ×8.1 vs Jun 2022" */
export function flowLabel(flow: FlowProperties, lang: Lang): string {
  return flowLabelParts(flow, lang).join(' · ');
}

/** The parts of a flow label: value, period, and change when known. */
export function flowLabelParts(flow: FlowProperties, lang: Lang): string[] {
  const parts = [formatMoney(flow.value, flow.unit, lang), formatDate(flow.period, lang)];
  if (flow.change && Number.isFinite(flow.change.ratio)) {
    const ratio = formatNumber(flow.change.ratio, lang, flow.change.ratio >= 10 ? 0 : 1);
    parts.push(
      t(lang, 'details.changeVs', { ratio, period: formatDate(flow.change.against, lang) }),
    );
  }
  return parts;
}

/** "Alleged by USA · denied by PRK, RUS" */
export function claimLabel(claim: ClaimProperties, lang: Lang): string {
  const by = `${t(lang, `map.claim.${claim.status ?? 'alleged'}`)} ${claim.claimant}`;
  if (claim.denied_by.length === 0) return by;
  const denied = t(lang, 'details.deniedBy');
  const lower = denied.charAt(0).toLocaleLowerCase(lang) + denied.slice(1);
  return `${by} · ${lower} ${claim.denied_by.join(', ')}`;
}

/** "25 Jul": an event chip's date; the year is in the story's header. */
export function eventDate(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return formatDate(date, lang);
  const day = new Date(`${date}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
  }).format(day);
}

/** "+12 earlier": on the first chip of a stack, the earlier events it leaves out. */
export function earlierEvents(count: number, lang: Lang): string {
  return t(lang, 'map.earlier', { count: formatNumber(count, lang, 0) });
}

/** Accessible name of a map feature: "Trade flow: China's exports…, US$154.7m · Jun 2023". */
export function accessibleName(
  kind: 'place' | 'movement' | 'flow' | 'event' | 'claim',
  name: string,
  lang: Lang,
  extra?: string,
): string {
  const base = `${t(lang, `kind.one.${kind}`)}: ${name}`;
  return extra ? `${base}, ${extra}` : base;
}
