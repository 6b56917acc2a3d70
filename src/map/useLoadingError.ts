// Puts the page in the error state while `error` holds, and out of it once the error is gone:
// back/forward from a story that failed to one that loads must end `ready`, not in an error
// state whose message is no longer on screen.
import { useLayoutEffect } from 'react';
import { clearLoadingError, failLoading } from './readiness.ts';

export function useLoadingError(error: string | null): void {
  // Layout effect: the attribute changes in the same commit as the message on screen, so no
  // frame shows `error` without its message.
  useLayoutEffect(() => {
    if (!error) return;
    failLoading(error);
    return () => clearLoadingError(error);
  }, [error]);
}
