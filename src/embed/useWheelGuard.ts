// No scroll trap: a plain wheel over the embedded map scrolls the article, not the map. The map
// zooms with the wheel once the reader clicks or focuses it, or with Ctrl/⌘ held. A blocked
// wheel shows a short hint. Listens in the capture phase so Leaflet never sees a blocked wheel.
import { useEffect, useRef, useState, type RefObject } from 'react';

const HINT_MS = 1500;

export interface WheelGuard {
  /** A plain wheel was just blocked: show the hint. */
  hintVisible: boolean;
  /** The reader has clicked, focused, keyed or Ctrl-wheeled the map at least once. */
  readerInteracted: RefObject<boolean>;
}

export function useWheelGuard(ref: RefObject<HTMLElement | null>): WheelGuard {
  const [hintVisible, setHintVisible] = useState(false);
  const readerInteracted = useRef(false);
  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    let active = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const activate = () => {
      active = true;
      readerInteracted.current = true;
    };
    const deactivate = () => {
      active = false;
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node) || !area.contains(event.relatedTarget))
        deactivate();
    };
    const onWheel = (event: WheelEvent) => {
      if (active || event.ctrlKey || event.metaKey) {
        readerInteracted.current = true;
        setHintVisible(false);
        return;
      }
      // Leaflet would zoom and cancel the page's scroll: stop the event before it gets there.
      event.stopPropagation();
      setHintVisible(true);
      clearTimeout(timer);
      timer = setTimeout(() => setHintVisible(false), HINT_MS);
    };
    area.addEventListener('wheel', onWheel, { capture: true, passive: true });
    area.addEventListener('pointerdown', activate);
    area.addEventListener('keydown', activate);
    area.addEventListener('focusin', activate);
    area.addEventListener('focusout', onFocusOut);
    area.addEventListener('pointerleave', deactivate);
    return () => {
      clearTimeout(timer);
      area.removeEventListener('wheel', onWheel, { capture: true });
      area.removeEventListener('pointerdown', activate);
      area.removeEventListener('keydown', activate);
      area.removeEventListener('focusin', activate);
      area.removeEventListener('focusout', onFocusOut);
      area.removeEventListener('pointerleave', deactivate);
    };
  }, [ref]);
  return { hintVisible, readerInteracted };
}
