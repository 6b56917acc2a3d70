// The readiness contract for every automated client (tests, screenshots, embeds):
// <html data-map-state="loading|ready|error">. `ready` only once nothing that draws is
// pending, the fonts are loaded and two frames have painted what was drawn.

export type MapState = 'loading' | 'ready' | 'error';

const pending = new Map<number, string>();
let nextTaskId = 1;
let errorMessage: string | null = null;
let settleToken = 0;

function setState(state: MapState): void {
  document.documentElement.dataset.mapState = state;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function settle(): Promise<void> {
  const token = ++settleToken;
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
  // A task that began meanwhile, or a later settle, owns the state now.
  if (token !== settleToken || pending.size > 0 || errorMessage !== null) return;
  setState('ready');
}

/** Registers something that must be drawn before the map is ready; call the result when drawn. */
export function beginDrawing(what: string): () => void {
  const id = nextTaskId++;
  pending.set(id, what);
  if (errorMessage === null) setState('loading');
  settleToken++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    pending.delete(id);
    if (pending.size === 0 && errorMessage === null) void settle();
  };
}

/** Puts the page in the error state; the app shows `message` to the reader. */
export function failLoading(message: string): void {
  errorMessage = message;
  setState('error');
}

/**
 * Clears an earlier error, e.g. when the reader loads another file. With `message`, clears only
 * that error: back/forward away from a failed story must not hide a later, different failure.
 */
export function clearLoadingError(message?: string): void {
  if (message !== undefined && errorMessage !== message) return;
  errorMessage = null;
  // No longer in error: settling again (`ready` follows once nothing is pending).
  setState('loading');
  if (pending.size === 0) void settle();
}

/** What is still pending, for error messages and debugging. */
export function pendingDrawing(): string[] {
  return [...pending.values()];
}
