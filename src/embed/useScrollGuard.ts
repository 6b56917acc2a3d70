// No scroll trap: until the reader engages the embedded map, a wheel or a one-finger swipe over
// it scrolls the article, not the map. Engaging = a click or tap, keyboard focus, or Ctrl/⌘ with
// the wheel; two fingers always zoom. A blocked gesture shows a short hint. Listens in the
// capture phase, so Leaflet never sees what is blocked, and never calls preventDefault on it.
import { useEffect, useRef, useState, type RefObject } from 'react';

const HINT_MS = 1500;

export type GuardHint = 'wheel' | 'touch' | null;

export interface ScrollGuard {
  /** The gesture just blocked, for the hint; null when none. */
  hint: GuardHint;
  /** The map takes wheel and one-finger gestures now. */
  active: boolean;
  /** The reader has engaged the map at least once (their view is worth keeping). */
  readerInteracted: RefObject<boolean>;
}

export function useScrollGuard(ref: RefObject<HTMLElement | null>): ScrollGuard {
  const [hint, setHint] = useState<GuardHint>(null);
  const [active, setActive] = useState(false);
  const readerInteracted = useRef(false);
  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    let engaged = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const engage = () => {
      engaged = true;
      readerInteracted.current = true;
      setActive(true);
      setHint(null);
    };
    const release = () => {
      engaged = false;
      setActive(false);
    };
    const block = (event: Event, kind: Exclude<GuardHint, null>) => {
      event.stopPropagation();
      setHint(kind);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(null), HINT_MS);
    };
    const onWheel = (event: WheelEvent) => {
      if (engaged || event.ctrlKey || event.metaKey) readerInteracted.current = true;
      else block(event, 'wheel');
    };
    const onTouchStart = (event: TouchEvent) => {
      if (!engaged && event.touches.length === 1) block(event, 'touch');
    };
    const onPointerDown = (event: PointerEvent) => {
      // A touch engages on tap (click), so that a swipe can still scroll the page.
      if (event.pointerType !== 'touch') engage();
      else if (!engaged) event.stopPropagation();
    };
    const onPointerLeave = (event: PointerEvent) => {
      if (event.pointerType === 'mouse') release();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node) || !area.contains(event.relatedTarget)) release();
    };
    const listeners: [string, EventListener, AddEventListenerOptions?][] = [
      ['wheel', onWheel as EventListener, { capture: true, passive: true }],
      ['touchstart', onTouchStart as EventListener, { capture: true, passive: true }],
      ['pointerdown', onPointerDown as EventListener, { capture: true }],
      ['click', engage],
      ['keydown', engage],
      ['focusin', engage],
      ['focusout', onFocusOut as EventListener],
      ['pointerleave', onPointerLeave as EventListener],
    ];
    for (const [type, listener, options] of listeners)
      area.addEventListener(type, listener, options);
    return () => {
      clearTimeout(timer);
      for (const [type, listener, options] of listeners)
        area.removeEventListener(type, listener, options);
    };
  }, [ref]);
  return { hint, active, readerInteracted };
}
