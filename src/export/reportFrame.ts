// Opens report mode for a state in a hidden, same-origin iframe of a given size and waits
// until its map is ready: the in-app PNG and Print/PDF are made from the very page the CLI
// renders, so the button and the command line give the same picture.
import { formatAppState, type AppState } from '../state/appState.ts';

export interface ReportFrame {
  frame: HTMLIFrameElement;
  document: Document;
  /** The alt text the report drafted. */
  alt: string;
  close(): void;
}

const TIMEOUT_MS = 45_000;

/** The report's URL for a state, relative to the current page. */
export function reportUrl(state: AppState, location: Pick<Location, 'pathname'>): string {
  const query = formatAppState({ ...state, mode: 'report', select: null });
  return `${location.pathname}?${query}`;
}

function waitForReady(frame: HTMLIFrameElement): Promise<Document> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      const doc = frame.contentDocument;
      const state = doc?.documentElement?.dataset.mapState;
      if (doc && state === 'ready' && doc.querySelector('[data-report]')) return resolve(doc);
      if (doc && state === 'error') {
        const message = doc.querySelector('[role=alert]')?.textContent?.trim();
        return reject(new Error(message || 'the report page reported an error'));
      }
      if (performance.now() - started > TIMEOUT_MS)
        return reject(new Error('the report page did not become ready'));
      // Polling a same-origin attribute is cheap; the frame's own readiness does the waiting.
      window.setTimeout(check, 100);
    };
    check();
  });
}

export async function openReportFrame(
  state: AppState,
  size: { width: number; height: number },
): Promise<ReportFrame> {
  const frame = document.createElement('iframe');
  frame.title = 'report';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Laid out at full size (so Leaflet measures it) and on screen, because Chromium stops
  // painting off-screen frames (their animation frames never come, so `ready` never would);
  // transparent, behind the page and deaf to the pointer, so the reader never sees it.
  Object.assign(frame.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${size.width}px`,
    height: `${size.height}px`,
    border: '0',
    opacity: '0',
    zIndex: '-1',
    pointerEvents: 'none',
  });
  frame.src = reportUrl(state, window.location);
  document.body.append(frame);
  try {
    const doc = await waitForReady(frame);
    const alt = doc.querySelector('[data-alt-text]')?.textContent?.trim() ?? '';
    return { frame, document: doc, alt, close: () => frame.remove() };
  } catch (error) {
    frame.remove();
    throw error;
  }
}
