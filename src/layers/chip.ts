// Small DOM labels for markers, built with textContent: data never becomes HTML.
import L from 'leaflet';
import type { Position } from 'geojson';

/** A text chip element with a class; `lines` become stacked spans. */
export function chipElement(
  className: string,
  lines: readonly (string | { text: string; className: string; lang?: string })[],
): HTMLElement {
  const chip = document.createElement('span');
  chip.className = className;
  for (const line of lines) {
    const span = document.createElement('span');
    if (typeof line === 'string') span.textContent = line;
    else {
      span.textContent = line.text;
      span.className = line.className;
      if (line.lang) span.lang = line.lang;
    }
    chip.append(span);
  }
  return chip;
}

/** A non-interactive-by-default marker holding `element` at `at`, in `pane`. */
export function elementMarker(
  at: Position,
  element: HTMLElement,
  pane: string,
  interactive = false,
): L.Marker {
  const icon = L.divIcon({ className: 'tp-chip-icon', html: element, iconSize: [0, 0] });
  return L.marker([at[1]!, at[0]!], { icon, pane, interactive, keyboard: false });
}
