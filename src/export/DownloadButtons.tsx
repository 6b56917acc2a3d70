// The browse panel's export tools: "Download PNG" of the current view and filters at 2×,
// "Print / PDF" (A4 landscape), and the drafted alt text beside them, copyable. Both render
// report mode in a hidden frame, the same page the CLI shoots.
import { useState } from 'react';
import type { AppState } from '../state/appState.ts';
import { capturePng, saveBlob } from './capturePng.ts';
import { downloadName } from './downloadName.ts';
import { openReportFrame } from './reportFrame.ts';
import { reportText } from './reportText.ts';
import './downloads.css';

const SIZES = {
  window: null,
  social: { width: 1200, height: 630 },
  slide: { width: 1920, height: 1080 },
} as const;
type SizeName = keyof typeof SIZES;
/** A4 landscape in CSS pixels, as Chromium lays out print. */
const A4 = { width: 1123, height: 794 };

function sizeOf(name: SizeName): { width: number; height: number } {
  return SIZES[name] ?? { width: window.innerWidth, height: window.innerHeight };
}

export function DownloadButtons({ state }: { state: AppState }) {
  const lang = state.lang;
  const [sizeName, setSizeName] = useState<SizeName>('window');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [alt, setAlt] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function run(job: () => Promise<void>) {
    setBusy(true);
    setMessage(reportText(lang, 'downloading'));
    try {
      await job();
      setMessage(null);
    } catch (error) {
      setMessage(reportText(lang, 'failed', { reason: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  const downloadPng = () =>
    run(async () => {
      const size = sizeOf(sizeName);
      const report = await openReportFrame(state, size);
      try {
        setAlt(report.alt);
        const blob = await capturePng(report.document, size, 2);
        saveBlob(blob, downloadName(state, `${size.width}x${size.height}@2x`, 'png'));
      } finally {
        report.close();
      }
    });

  const print = () =>
    run(async () => {
      const report = await openReportFrame(state, A4);
      setAlt(report.alt);
      const view = report.frame.contentWindow;
      if (!view) throw new Error('the report page is gone');
      view.addEventListener('afterprint', () => report.close(), { once: true });
      view.print();
    });

  const copyAlt = async () => {
    if (!alt) return;
    await navigator.clipboard?.writeText(alt).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <div className="downloads">
      <label className="downloads__size">
        {reportText(lang, 'size')}
        <select
          value={sizeName}
          onChange={(event) => setSizeName(event.target.value as SizeName)}
          disabled={busy}
        >
          <option value="window">{reportText(lang, 'sizeWindow')}</option>
          <option value="social">{reportText(lang, 'sizeSocial')}</option>
          <option value="slide">{reportText(lang, 'sizeSlide')}</option>
        </select>
      </label>
      <div className="downloads__buttons">
        <button type="button" onClick={downloadPng} disabled={busy} data-action="download-png">
          {reportText(lang, 'download')}
        </button>
        <button type="button" onClick={print} disabled={busy} data-action="print">
          {reportText(lang, 'print')}
        </button>
      </div>
      {message && (
        <p className="downloads__status" role="status">
          {message}
        </p>
      )}
      {alt && (
        <div className="downloads__alt">
          <label htmlFor="downloads-alt">{reportText(lang, 'altText')}</label>
          <textarea
            id="downloads-alt"
            readOnly
            value={alt}
            rows={4}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={copyAlt}>
            {reportText(lang, copied ? 'copied' : 'copy')}
          </button>
        </div>
      )}
    </div>
  );
}
