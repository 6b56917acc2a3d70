// Makes a drawn feature reachable and named: its main element (an SVG path or a marker's
// icon) becomes a focusable button with the feature's name, and carries data-feature-id and
// data-kind for tests and automation. Names go through setAttribute: never parsed as HTML.
import type { Kind } from '../story/types.ts';

export interface FeatureIdentity {
  id: string;
  kind: Kind;
  /** Accessible name, e.g. "Movement: Russian delegation, Moscow → Pyongyang". */
  label: string;
}

/** Main element: focusable; Enter/Space select; focus by keyboard selects too. */
export function decorateMain(
  element: Element,
  feature: FeatureIdentity,
  select: (id: string) => void,
): void {
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', feature.label);
  element.setAttribute('data-feature-id', feature.id);
  element.setAttribute('data-kind', feature.kind);
  element.classList.add('tp-feature');
  element.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    event.preventDefault();
    event.stopPropagation(); // Leaflet's keyboard handler would pan or zoom
    select(feature.id);
  });
  element.addEventListener('focus', () => {
    // A click focuses too, and fires its own select; only keyboard focus opens details here.
    if (element.matches(':focus-visible')) select(feature.id);
  });
}

/** Secondary parts (arrowhead, label): tagged for their feature, hidden from assistive tech. */
export function decoratePart(element: Element, feature: FeatureIdentity, part: string): void {
  element.setAttribute('data-part', part);
  element.setAttribute('data-for', feature.id);
  element.setAttribute('aria-hidden', 'true');
}
