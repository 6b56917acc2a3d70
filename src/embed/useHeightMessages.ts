// Tells the host page the embed's natural height whenever it changes, so the host script can
// size the iframe: {type: "tripoint:height", height}. The message holds nothing but a number,
// so it may go to any parent origin ("*"): the embed can't know the host's.
import { useEffect, type RefObject } from 'react';

export const HEIGHT_MESSAGE_TYPE = 'tripoint:height';

export function useHeightMessages(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [ref]);
}
