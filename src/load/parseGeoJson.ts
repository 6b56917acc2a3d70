// Runs the reading pipeline in a Web Worker for files over ~1 MB and on the main thread
// for small ones (a worker costs more than it saves there). The pipeline's code is loaded
// on demand, so readers who never open a file never download the validator.
import { preloadFastLayers } from '../scale/LazyFastLayers.tsx';
import { LIMITS } from './limits.ts';
import type { ReadResult } from './readGeoJson.ts';

async function parseHere(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const { readGeoJsonBytes } = await import('./readGeoJson.ts');
  return readGeoJsonBytes(bytes, file);
}

function parseInWorker(bytes: Uint8Array, file: string, signal: AbortSignal): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<{ result?: ReadResult; error?: string }>) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      if (event.data.result) resolve(event.data.result);
      else reject(new Error(event.data.error ?? 'the file could not be read'));
    };
    // The worker could not start or crashed (a stale deploy, a strict proxy): read the file
    // here instead, slower but still correct.
    worker.onerror = (event) => {
      event.preventDefault();
      signal.removeEventListener('abort', stop);
      worker.terminate();
      parseHere(bytes, file).then(resolve, reject);
    };
    // slice() copies: the worker gets the copy, `bytes` stays for the fallback.
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    worker.postMessage({ bytes: buffer, file }, [buffer]);
  });
}

export async function parseGeoJson(
  bytes: Uint8Array,
  file: string,
  signal: AbortSignal,
): Promise<ReadResult> {
  if (bytes.length > LIMITS.workerThresholdBytes && typeof Worker !== 'undefined') {
    // A file this large often holds thousands of arcs: fetch their renderer meanwhile.
    preloadFastLayers();
    return parseInWorker(bytes, file, signal);
  }
  return parseHere(bytes, file);
}
