// One pass over every label on the map after each zoom, filter or language change: labels
// that would collide give way by priority (capitals, then flow values, then claims, then
// minor places), flow labels first shrink to their value. Reads the drawn DOM, so it sits
// after the layers in StoryMap and its effect runs after theirs.
import { useMemo } from 'react';
import { useMapLayout } from './useMapLayout.ts';
import { useMap } from 'react-leaflet';
import { chooseLabels, type Box, type LabelCandidate } from '../geometry/chooseLabels.ts';

/** Marks an element as a managed label; see chooseLabels for what `priority` means. */
export function markLabel(element: HTMLElement, id: string, priority: number, minZoom = 0): void {
  element.dataset.labelId = id;
  element.dataset.labelPriority = String(priority);
  if (minZoom > 0) element.dataset.labelMinZoom = String(minZoom);
}

function box(element: Element): Box {
  const r = element.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

export function LabelDeclutter({ version }: { version: unknown }) {
  const map = useMap();
  const layout = useMemo(() => {
    const layout = () => {
      const elements = [...map.getContainer().querySelectorAll<HTMLElement>('[data-label-id]')];
      const candidates: LabelCandidate[] = [];
      for (const element of elements) {
        element.classList.remove('is-hidden', 'is-compact', 'is-left');
        const hasCompact = element.querySelector('.tp-label-rest') !== null;
        const full = box(element);
        let compact: Box | undefined;
        if (hasCompact) {
          element.classList.add('is-compact');
          compact = box(element);
          element.classList.remove('is-compact');
        }
        // Place labels may move to the left of their dot.
        const left = element.classList.contains('place-label')
          ? [{ ...full, left: full.left - full.right + full.left - 16, right: full.left - 16 }]
          : undefined;
        candidates.push({
          id: element.dataset.labelId!,
          alternatives: left,
          priority: Number(element.dataset.labelPriority ?? 5),
          minZoom: Number(element.dataset.labelMinZoom ?? 0),
          full,
          compact,
        });
      }
      // Place dots are obstacles: a label never covers another place's point.
      for (const dot of map.getContainer().querySelectorAll('path[data-kind="place"]')) {
        candidates.push({
          id: `dot:${dot.getAttribute('data-feature-id')}`,
          priority: -1,
          full: box(dot),
        });
      }
      const fits = chooseLabels(candidates, map.getZoom(), box(map.getContainer()));
      elements.forEach((element, i) => {
        // Obstacles were appended after the elements, so indices still match.
        const fit = fits.get(candidates[i]!.id);
        const selected = element.classList.contains('is-selected');
        if (fit === 'compact' && !selected) element.classList.add('is-compact');
        if (fit === 'alt0') element.classList.add('is-left');
        if (fit === 'hidden' && !selected) element.classList.add('is-hidden');
      });
    };
    return layout;
    // `version` changes whenever what is drawn changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, version]);
  useMapLayout(map, 'label layout', layout, 'zoomend viewreset resize', [layout]);
  return null;
}
