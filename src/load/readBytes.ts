// Reads a user's file or a ?data= URL into bytes, reporting progress, and refusing what is
// over the size limit before reading it (File.size, Content-Length) or as soon as the
// bytes read pass it (a server that does not say how much it sends).
import { formatBytes, LIMITS } from './limits.ts';

export type Progress = (loaded: number, total: number | null) => void;

export class ReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadError';
  }
}

const tooLarge = (bytes: number) =>
  new ReadError(
    `the file is ${formatBytes(bytes)}; Tripoint loads files up to ${formatBytes(LIMITS.maxBytes)}.`,
  );

async function readStream(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  onProgress: Progress,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.length;
    if (loaded > LIMITS.maxBytes) {
      await reader.cancel();
      throw tooLarge(loaded);
    }
    chunks.push(value);
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export async function readFileBytes(
  file: File,
  onProgress: Progress = () => {},
): Promise<Uint8Array> {
  if (file.size > LIMITS.maxBytes) throw tooLarge(file.size);
  return readStream(file.stream(), file.size, onProgress);
}

/** Only http(s) URLs are fetched: never javascript:, data:, blob: or file:. */
export function checkDataUrl(url: string, base: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    throw new ReadError(`"${url.slice(0, 200)}" is not a URL.`);
  }
  // A blob: URL of this page's own origin is a file the reader opened here, passed on to the
  // report frame (the PNG and PDF buttons); any other blob: is not ours to read.
  const ownBlob = parsed.protocol === 'blob:' && parsed.origin === new URL(base).origin;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && !ownBlob) {
    throw new ReadError(
      `only http and https URLs (or this page's own opened files) can be loaded, not ${parsed.protocol}`,
    );
  }
  return parsed;
}

export async function fetchDataBytes(
  url: URL,
  signal: AbortSignal,
  onProgress: Progress = () => {},
): Promise<Uint8Array> {
  let response: Response;
  try {
    // No cookies, no referrer: a reader's data URL learns nothing about the reader.
    response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ReadError(
      `could not load ${url.href}: the server is unreachable, or it does not allow other sites to read the file (CORS).`,
    );
  }
  if (!response.ok)
    throw new ReadError(`could not load ${url.href}: the server answered ${response.status}.`);
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (total !== null && total > LIMITS.maxBytes) throw tooLarge(total);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  return readStream(response.body, total, onProgress);
}

/** A short name for messages: the file name of a URL's path, else its host. */
export function nameOfUrl(url: URL): string {
  const last = decodeURIComponentSafe(url.pathname.split('/').filter(Boolean).pop() ?? '');
  return (last || url.host).slice(0, 120);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
