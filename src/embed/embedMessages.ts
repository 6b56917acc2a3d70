// The embed's few interface strings, in the app's languages. Kept beside the embed so its
// lazy chunk carries them; {key} is Ctrl or ⌘.
import type { Lang } from '../state/appState.ts';

const en = {
  legend: 'Legend',
  openFullMap: 'Open full map',
  opensInNewTab: '(opens in a new tab)',
  wheelHint: 'Use {key} + scroll to zoom',
  touchHint: 'Tap the map to move it, or use two fingers',
  mapLabel: 'Map',
  credits: 'Map:',
  embedButton: 'Embed',
  dialogTitle: 'Embed this map',
  dialogIntro:
    'Paste this into your page. The map fits the column, loads lazily, sets no cookies and asks nothing of other sites.',
  withScript: 'Resize to fit (adds a small script)',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  corsNote:
    'The map runs in a sandbox: its host must send Access-Control-Allow-Origin: * (see Publishing in the README).',
  frameTitleFallback: 'Tripoint map',
  localFileNote:
    'The map shows a file from your computer, which an embed cannot reach: this code embeds the published story. Publish the file and open it with ?data= to embed it.',
};

export type EmbedMessages = typeof en;

const id: EmbedMessages = {
  legend: 'Legenda',
  openFullMap: 'Buka peta lengkap',
  opensInNewTab: '(terbuka di tab baru)',
  wheelHint: 'Gunakan {key} + gulir untuk memperbesar',
  touchHint: 'Ketuk peta untuk menggesernya, atau gunakan dua jari',
  mapLabel: 'Peta',
  credits: 'Peta:',
  embedButton: 'Sematkan',
  dialogTitle: 'Sematkan peta ini',
  dialogIntro:
    'Tempel kode ini ke halaman Anda. Peta menyesuaikan kolom, dimuat saat diperlukan, tanpa cookie, dan tidak menghubungi situs lain.',
  withScript: 'Sesuaikan tinggi otomatis (menambah skrip kecil)',
  copy: 'Salin',
  copied: 'Tersalin',
  close: 'Tutup',
  corsNote:
    'Peta berjalan dalam sandbox: servernya harus mengirim Access-Control-Allow-Origin: * (lihat Publishing di README).',
  frameTitleFallback: 'Peta Tripoint',
  localFileNote:
    'Peta menampilkan berkas dari komputer Anda, yang tidak bisa dijangkau sematan: kode ini menyematkan cerita yang diterbitkan. Terbitkan berkas itu dan buka dengan ?data= untuk menyematkannya.',
};

export function embedMessages(lang: Lang): EmbedMessages {
  return lang === 'id' ? id : en;
}

/** The modifier key readers press with the wheel: ⌘ on Apple systems, else Ctrl. */
export function zoomModifierLabel(platform: string): string {
  return /mac|iphone|ipad|ipod/i.test(platform) ? '⌘' : 'Ctrl';
}
