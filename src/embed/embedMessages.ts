// The embed's few interface strings, in the app's languages. Kept beside the embed so its
// lazy chunk carries them; {key} is Ctrl or ⌘.
import type { Lang } from '../state/appState.ts';

const en = {
  legend: 'Legend',
  openFullMap: 'Open full map',
  opensInNewTab: '(opens in a new tab)',
  wheelHint: 'Use {key} + scroll to zoom',
  mapLabel: 'Map',
  credits: 'Map:',
};

export type EmbedMessages = typeof en;

const id: EmbedMessages = {
  legend: 'Legenda',
  openFullMap: 'Buka peta lengkap',
  opensInNewTab: '(terbuka di tab baru)',
  wheelHint: 'Gunakan {key} + gulir untuk memperbesar',
  mapLabel: 'Peta',
  credits: 'Peta:',
};

export function embedMessages(lang: Lang): EmbedMessages {
  return lang === 'id' ? id : en;
}

/** The modifier key readers press with the wheel: ⌘ on Apple systems, else Ctrl. */
export function zoomModifierLabel(platform: string): string {
  return /mac|iphone|ipad|ipod/i.test(platform) ? '⌘' : 'Ctrl';
}
