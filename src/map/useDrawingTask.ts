// A readiness task tied to a component's life: registered when it mounts, released when it
// unmounts, so a remount (or StrictMode's double render) never leaves a task pending forever.
import { useCallback, useLayoutEffect, useRef } from 'react';
import { beginDrawing } from './readiness.ts';

export function useDrawingTask(what: string): () => void {
  const doneRef = useRef<() => void>(() => {});
  useLayoutEffect(() => {
    const done = beginDrawing(what);
    doneRef.current = done;
    return done;
  }, [what]);
  return useCallback(() => doneRef.current(), []);
}
