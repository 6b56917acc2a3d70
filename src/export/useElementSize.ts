// The pixel size of an element, known before the first paint (the report's map needs it
// to compute its view) and kept current if the page is resized.
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/** The size, and a function that measures again now (the size updates with the next render). */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
): [size: Size | null, measure: () => void] {
  const [size, setSize] = useState<Size | null>(null);
  const measure = () => {
    const element = ref.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    const next = { width: Math.round(width), height: Math.round(height) };
    setSize((previous) =>
      previous?.width === next.width && previous.height === next.height ? previous : next,
    );
  };
  // After every render, before paint: a render that changed the layout around the element (the
  // story's header and legend arriving) gives its new size at once. A ResizeObserver reports
  // later, and a view fitted meanwhile would be fitted to the old box.
  useLayoutEffect(measure);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
    // `measure` reads only the ref and a state setter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref]);
  return [size, measure];
}
