// True once the fonts that the page's text asked for have loaded. The report waits for it
// before creating its map: text laid out in a fallback face has other widths, so the header
// and legend, and with them the map's box, would change size under a view already fitted
// (and a view set after the map exists leaves Leaflet's canvases at sub-pixel offsets).
import { useEffect, useRef, useState } from 'react';

/**
 * `rendered`: the text that sizes the layout (the story's header and legend) is in the DOM.
 * `onSettled` runs just before, in the same batch: measure the box there, so the render that
 * says "settled" already has the size laid out in the final fonts.
 */
export function useFontsSettled(rendered: boolean, onSettled?: () => void): boolean {
  const [settled, setSettled] = useState(false);
  const settledRef = useRef(onSettled);
  useEffect(() => {
    settledRef.current = onSettled;
  }, [onSettled]);
  useEffect(() => {
    if (!rendered) return;
    let live = true;
    // Lay out now: every face the text needs starts loading, so `ready` waits for them.
    void document.body.offsetHeight;
    void document.fonts.ready.then(() => {
      if (!live) return;
      settledRef.current?.();
      setSettled(true);
    });
    return () => {
      live = false;
    };
  }, [rendered]);
  return settled;
}
