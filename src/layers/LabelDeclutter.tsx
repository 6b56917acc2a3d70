// One pass over every label on the map after each move, zoom, filter or language change:
// labels that would collide give way by priority (capitals, then the flows that changed
// most, then other flows, claims, minor places). A place label may move left of, above or
// below its dot, off the arcs and inside the map's edges; a flow label first shrinks to its
// value and change, then (if marked as a callout) moves beside its arc with a leader line.
// Reads the drawn DOM, so it sits after the layers in StoryMap and its effect runs after theirs.
import { useMemo } from 'react';
import { useMapLayout } from './useMapLayout.ts';
import { useMap } from 'react-leaflet';
import { chooseLabels, type Box, type LabelCandidate } from '../geometry/chooseLabels.ts';
import {
  calloutPositions,
  leaderLine,
  placeAlternatives,
  type Callout,
} from '../geometry/labelPositions.ts';
import { arcSamples } from './arcSamples.ts';

/** Marks an element as a managed label; see chooseLabels for what `priority` means. */
export function markLabel(element: HTMLElement, id: string, priority: number, minZoom = 0): void {
  element.dataset.labelId = id;
  element.dataset.labelPriority = String(priority);
  if (minZoom > 0) element.dataset.labelMinZoom = String(minZoom);
}

const PLACE_CLASSES = ['is-left', 'is-above', 'is-below'];
const STATE_CLASSES = ['is-hidden', 'is-compact', 'is-callout', ...PLACE_CLASSES];

function box(element: Element): Box {
  const r = element.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** The part of the map the reader sees: the container, cut to the window (e.g. an iframe). */
function visibleBox(container: Element): Box {
  const map = box(container);
  return {
    left: Math.max(map.left, 0),
    top: Math.max(map.top, 0),
    right: Math.min(map.right, window.innerWidth),
    bottom: Math.min(map.bottom, window.innerHeight),
  };
}

function showCallout(element: HTMLElement, callout: Callout, size: Box): void {
  const dims = { width: size.right - size.left, height: size.bottom - size.top };
  const leader = leaderLine(callout.dx, callout.dy, dims);
  element.classList.add('is-compact', 'is-callout');
  element.style.setProperty('--lx', `${callout.dx}px`);
  element.style.setProperty('--ly', `${callout.dy}px`);
  element.style.setProperty('--leader', `${leader.length.toFixed(1)}px`);
  element.style.setProperty('--leader-angle', `${leader.angle.toFixed(1)}deg`);
}

export function LabelDeclutter({ version }: { version: unknown }) {
  const map = useMap();
  const layout = useMemo(() => {
    const layout = () => {
      const container = map.getContainer();
      const elements = [...container.querySelectorAll<HTMLElement>('[data-label-id]')];
      const candidates: LabelCandidate[] = [];
      const callouts: Callout[][] = [];
      // Reads and writes in batches: a box read after a class change forces a layout, and one
      // per label made 1,000 flow labels take ~9 s (two layouts in all now).
      for (const element of elements) element.classList.remove(...STATE_CLASSES);
      const fulls = elements.map(box);
      const shrinkable = elements.map(
        (element) => element.querySelector('.tp-label-rest') !== null,
      );
      elements.forEach((element, i) => shrinkable[i] && element.classList.add('is-compact'));
      const compacts = elements.map((element, i) => (shrinkable[i] ? box(element) : undefined));
      elements.forEach((element, i) => shrinkable[i] && element.classList.remove('is-compact'));
      elements.forEach((element, i) => {
        const full = fulls[i]!;
        const compact = compacts[i];
        const anchor = { x: (full.left + full.right) / 2, y: (full.top + full.bottom) / 2 };
        const sized = compact ?? full;
        const options = element.dataset.labelCallout
          ? calloutPositions(anchor.x, anchor.y, {
              width: sized.right - sized.left,
              height: sized.bottom - sized.top,
            })
          : [];
        callouts.push(options);
        candidates.push({
          id: element.dataset.labelId!,
          alternatives: element.classList.contains('place-label')
            ? placeAlternatives(full)
            : undefined,
          compactAlternatives: options.map((c) => c.box),
          anchor: options.length > 0 ? anchor : undefined,
          priority: Number(element.dataset.labelPriority ?? 5),
          minZoom: Number(element.dataset.labelMinZoom ?? 0),
          full,
          compact,
        });
      });
      // Place dots and the map's own controls are obstacles: a label never covers them.
      const obstacles = container.querySelectorAll('path[data-kind="place"], .leaflet-control');
      obstacles.forEach((obstacle, i) =>
        candidates.push({ id: `obstacle:${i}`, priority: -1, full: box(obstacle) }),
      );
      const fits = chooseLabels(
        candidates,
        map.getZoom(),
        visibleBox(container),
        arcSamples(container),
      );
      elements.forEach((element, i) => {
        // Obstacles were appended after the elements, so indices still match.
        const fit = fits.get(candidates[i]!.id) ?? 'full';
        const selected = element.classList.contains('is-selected');
        if (fit === 'compact' && !selected) element.classList.add('is-compact');
        if (fit.startsWith('alt')) element.classList.add(PLACE_CLASSES[Number(fit.slice(3))]!);
        if (fit.startsWith('callout')) {
          const size = candidates[i]!.compact ?? candidates[i]!.full;
          showCallout(element, callouts[i]![Number(fit.slice(7))]!, size);
        }
        if (fit === 'hidden' && !selected) element.classList.add('is-hidden');
      });
    };
    return layout;
    // `version` changes whenever what is drawn changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, version]);
  useMapLayout(map, 'label layout', layout, 'zoomend viewreset resize moveend', [layout]);
  return null;
}
