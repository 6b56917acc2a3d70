// True once the fonts that the page's text asked for have loaded. The report waits for it
// before creating its map: text laid out in a fallback face has other widths, so the header
// and legend, and with them the map's box, would change size under a view already fitted
// (and a view set after the map exists leaves Leaflet's canvases at sub-pixel offsets).
import { useEffect, useState } from 'react';

/** `rendered`: the text that sizes the layout (the story's header and legend) is in the DOM. */
export function useFontsSettled(rendered: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!rendered) return;
    let live = true;
    // Lay out now: every face the text needs starts loading, so `ready` waits for them.
    void document.body.offsetHeight;
    void document.fonts.ready.then(() => {
      if (live) setSettled(true);
    });
    return () => {
      live = false;
    };
  }, [rendered]);
  return settled;
}
