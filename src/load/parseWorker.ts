// The Web Worker that reads large files off the main thread, so the page stays responsive
// while a 20 MB file is parsed and validated. Same pipeline as everywhere else.
import { readGeoJsonBytes } from './readGeoJson.ts';

export interface ParseRequest {
  bytes: ArrayBuffer;
  file: string;
}

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { bytes, file } = event.data;
  try {
    self.postMessage({ result: readGeoJsonBytes(new Uint8Array(bytes), file) });
  } catch (error) {
    self.postMessage({ error: (error as Error).message });
  }
};
