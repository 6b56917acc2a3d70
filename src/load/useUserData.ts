// The reader's own data: a ?data= URL, or a file opened or dropped. Keeps the last data
// that loaded; a refused file never replaces it. While reading, `phase` says how far along
// it is; the page stays `loading` (data-map-state) until the result is in.
import { useCallback, useEffect, useRef, useState } from 'react';
import { beginDrawing, clearLoadingError, failLoading } from '../map/readiness.ts';
import { problem } from './loadProblem.ts';
import { parseGeoJson } from './parseGeoJson.ts';
import {
  checkDataUrl,
  fetchDataBytes,
  nameOfUrl,
  readFileBytes,
  type Progress,
} from './readBytes.ts';
import type { LoadedData, ReadResult, Refusal } from './readGeoJson.ts';

export type LoadPhase =
  | { step: 'idle' }
  | { step: 'reading'; name: string; loaded: number; total: number | null }
  | { step: 'checking'; name: string };

export interface UserData {
  loaded: LoadedData | null;
  refusal: Refusal | null;
  phase: LoadPhase;
  openFile: (file: File) => void;
  dismiss: () => void;
  /** Index in `loaded.other` of the plain feature whose details are open. */
  selectedOther: number | null;
  selectOther: (index: number | null) => void;
  /** A ?data= URL on another origin, waiting for the reader's go-ahead. */
  consent: DataConsent | null;
  /**
   * When the data shown came from an opened file: a blob: URL of it, for the report frame
   * (Download PNG, Print) to load as ?data=. Never put in the page's own URL: it dies with
   * the page.
   */
  openedFileUrl: string | null;
}

export interface DataConsent {
  host: string;
  accept: () => void;
  decline: () => void;
}

// Hosts the reader agreed to load from in this page's life (never stored: no storage needed).
const consentedUrls = new Set<string>();

const refusalOf = (name: string, error: Error): Refusal => ({
  file: name,
  problems: [problem('error', name, '', error.message)],
  more: 0,
});

export function useUserData(dataUrl: string | null): UserData {
  const [loaded, setLoaded] = useState<LoadedData | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [phase, setPhase] = useState<LoadPhase>({ step: 'idle' });
  const [selectedOther, selectOther] = useState<number | null>(null);
  const [askConsent, setAskConsent] = useState<URL | null>(null);
  const [openedFileUrl, setOpenedFileUrl] = useState<string | null>(null);
  const current = useRef<AbortController | null>(null);
  // The error a refused ?data= URL put the page in: cleared once the URL no longer asks for it.
  const urlError = useRef<string | null>(null);

  const run = useCallback(
    (
      name: string,
      read: (signal: AbortSignal, onProgress: Progress) => Promise<Uint8Array>,
      fromUrl: boolean,
      /** The opened file, kept as a blob: URL if it loads. */
      file?: File,
    ) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      const done = beginDrawing(`user data ${name}`);
      setPhase({ step: 'reading', name, loaded: 0, total: null });
      const onProgress: Progress = (bytes, total) => {
        if (!controller.signal.aborted) setPhase({ step: 'reading', name, loaded: bytes, total });
      };
      read(controller.signal, onProgress)
        .then((bytes) => {
          setPhase({ step: 'checking', name });
          return parseGeoJson(bytes, name, controller.signal);
        })
        .then(
          (result: ReadResult) => result,
          (error: Error): ReadResult | null =>
            error.name === 'AbortError' ? null : { ok: false, refusal: refusalOf(name, error) },
        )
        .then((result) => {
          if (!result || controller.signal.aborted) return;
          if (result.ok) {
            setLoaded(result.data);
            setOpenedFileUrl((previous) => {
              if (previous) URL.revokeObjectURL(previous);
              return file ? URL.createObjectURL(file) : null;
            });
            setRefusal(null);
            selectOther(null);
            clearLoadingError();
          } else {
            setRefusal(result.refusal);
            // A refused ?data= URL is what the page was asked to show: say so to automation too.
            if (fromUrl) {
              urlError.current = `${name} was not loaded: ${result.refusal.problems[0]?.message ?? ''}`;
              failLoading(urlError.current);
            }
          }
        })
        .finally(() => {
          if (current.current === controller) setPhase({ step: 'idle' });
          done();
        });
    },
    [],
  );

  // Back/forward away from a refused ?data= URL: the page is no longer in that error.
  const forgetUrlError = useCallback(() => {
    if (urlError.current !== null) clearLoadingError(urlError.current);
    urlError.current = null;
  }, []);

  useEffect(() => {
    if (!dataUrl) return;
    let url: URL;
    try {
      url = checkDataUrl(dataUrl, document.baseURI);
    } catch (error) {
      const refused = refusalOf(dataUrl.slice(0, 120), error as Error);
      queueMicrotask(() => setRefusal(refused));
      urlError.current = refused.problems[0]!.message;
      failLoading(urlError.current);
      return forgetUrlError;
    }
    // Anyone can craft a link: a reader's browser contacts another server only when they agree.
    if (url.origin !== window.location.origin && !consentedUrls.has(url.href)) {
      queueMicrotask(() => setAskConsent(url));
      return () => setAskConsent(null);
    }
    run(nameOfUrl(url), (signal, onProgress) => fetchDataBytes(url, signal, onProgress), true);
    return () => {
      current.current?.abort();
      forgetUrlError();
    };
  }, [dataUrl, run, forgetUrlError]);

  const openFile = useCallback(
    (file: File) =>
      run(
        file.name.slice(0, 120) || 'file',
        (_signal, onProgress) => readFileBytes(file, onProgress),
        false,
        file,
      ),
    [run],
  );
  const dismiss = useCallback(() => setRefusal(null), []);
  const consent: DataConsent | null = askConsent && {
    host: askConsent.host,
    accept: () => {
      consentedUrls.add(askConsent.href);
      setAskConsent(null);
      run(
        nameOfUrl(askConsent),
        (signal, onProgress) => fetchDataBytes(askConsent, signal, onProgress),
        true,
      );
    },
    decline: () => setAskConsent(null),
  };
  return {
    loaded,
    refusal,
    phase,
    openFile,
    dismiss,
    selectedOther,
    selectOther,
    consent,
    openedFileUrl,
  };
}
