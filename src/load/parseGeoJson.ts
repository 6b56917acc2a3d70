// Runs the reading pipeline in a Web Worker for files over ~1 MB and on the main thread
// for small ones (a worker costs more than it saves there). The pipeline's code is loaded
// on demand, so readers who never open a file never download the validator.
import { LIMITS } from './limits.ts';
import type { ReadResult } from './readGeoJson.ts';

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
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'the file reader stopped unexpectedly'));
    };
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
    return parseInWorker(bytes, file, signal);
  }
  const { readGeoJsonBytes } = await import('./readGeoJson.ts');
  return readGeoJsonBytes(bytes, file);
}
