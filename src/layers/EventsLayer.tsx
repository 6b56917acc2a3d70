// Dated events: a chip with a dot and the date at the event's point. Chips that would
// overlap at the current zoom are stacked in date order (re-laid out on zoom, never rebuilt).
import { useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import type { Box } from '../geometry/chooseLabels.ts';
import type { Position } from 'geojson';
import { CHIP_INSET, stackLimit, stackMarkers, type ScreenItem } from '../geometry/stackMarkers.ts';
import type { Lang } from '../state/appState.ts';
import type { EventFeature } from '../story/types.ts';
import { chipElement, elementMarker } from './chip.ts';
import { markLabel } from './LabelDeclutter.tsx';
import { useMapLayout } from './useMapLayout.ts';
import { accessibleName, earlierEvents, eventDate } from './mapText.ts';
import { actorColor, statusStyle } from './styles.ts';
import { useFeatureLayers, type DrawnFeature, type FeatureLayerState } from './useFeatureLayers.ts';

export interface EventsLayerProps extends FeatureLayerState {
  events: readonly EventFeature[];
  /** Place positions, for events given by place only. */
  places: ReadonlyMap<string, Position>;
  lang: Lang;
}

/** Room (px) kept from the map's edge. */
const EDGE = 4;
/** Events at points closer than this (px) share one stack (a city and its airport). */
const MERGE_WITHIN = 24;

/**
 * Shows "+14 earlier" on a chip as generated content (CSS `attr()`), not text: a summary for
 * the eye, not part of the chip's name (the chip names its own event; axe would otherwise
 * flag a visible label missing from the accessible name).
 */
function setMore(chip: HTMLElement, text: string): void {
  const more = chip.firstElementChild as HTMLElement;
  if (text) more.dataset.more = text;
  else delete more.dataset.more;
}

/** The places' dots, in the map container's pixels. */
function placeDots(map: LeafletMap): Box[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  return [...container.querySelectorAll('path[data-kind="place"]')].map((dot) => {
    const r = dot.getBoundingClientRect();
    return {
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    };
  });
}

/** How much a "+99 earlier" prefix widens a chip. */
function prefixWidth(chip: HTMLElement, lang: Lang): number {
  const before = chip.getBoundingClientRect().width;
  setMore(chip, earlierEvents(99, lang));
  const width = chip.getBoundingClientRect().width - before;
  setMore(chip, '');
  return width;
}

interface DrawnEvent extends DrawnFeature {
  at: Position;
  date: string;
  chip: HTMLElement;
}

export function EventsLayer({ events, places, lang, ...state }: EventsLayerProps) {
  const map = useMap();
  const drawn = useMemo(
    () =>
      events.flatMap((event): DrawnEvent[] => {
        const p = event.properties;
        const at =
          event.geometry?.type === 'Point' ? event.geometry.coordinates : places.get(p.place);
        if (!at) return [];
        const date = eventDate(p.date, lang);
        const chip = chipElement(`tp-event tp-status-${p.status ?? 'confirmed'}`, [
          { text: '', className: 'tp-event__more' },
          { text: '', className: 'tp-event__dot' },
          { text: date, className: 'tp-event__date' },
        ]);
        const dot = chip.children[1] as HTMLElement;
        // The "+N" count is a visual summary; the chip's accessible name is the event itself.
        chip.children[0]!.setAttribute('aria-hidden', 'true');
        markLabel(chip, p.id, -1);
        chip.classList.toggle('is-struck', statusStyle(p.status).struck);
        return [
          {
            id: p.id,
            kind: 'event',
            label: accessibleName('event', p.name, lang, date),
            at,
            date: p.date,
            chip,
            parts: [{ layer: elementMarker(at, chip, 'events', true), part: 'main' }],
            restyle: ({ theme, selected }) => {
              dot.style.background = actorColor(p.actor, theme);
              chip.classList.toggle('is-selected', selected);
            },
          },
        ];
      }),
    [events, places, lang],
  );
  useFeatureLayers('events', drawn, state);

  // Stack chips that collide at this zoom; `shown` changes which chips take part.
  const { shown } = state;
  const layout = useMemo(() => {
    const layout = () => {
      // Measure the chips without their "+N earlier" prefix, which depends on the result.
      for (const e of drawn) setMore(e.chip, '');
      const mapWidth = map.getSize().x;
      const limit = stackLimit(map.getZoom());
      const visible = drawn.filter((e) => shown === null || shown.has(e.id));
      const points = visible.map((e) => map.latLngToContainerPoint([e.at[1]!, e.at[0]!]));
      const moreWidth = visible.length > limit ? prefixWidth(visible[0]!.chip, lang) : 0;
      const items = visible.map((e, i): ScreenItem => {
        const point = points[i]!;
        const size = e.chip.getBoundingClientRect();
        // Stacks hang east of their point, off the lines arriving from the west, unless
        // that would cut them (and their "+N earlier" prefix) at the map's right edge.
        const crowded = points.filter((p) => p.distanceTo(point) < size.height).length > limit;
        const room = crowded ? moreWidth : 0;
        const east = point.x - CHIP_INSET + size.width + room <= mapWidth - EDGE;
        return {
          id: e.id,
          x: point.x,
          y: point.y,
          width: size.width,
          height: size.height,
          order: e.date,
          anchor: east ? 'start' : 'end',
        };
      });
      const offsets = stackMarkers(items, limit, 'start', MERGE_WITHIN, placeDots(map));
      for (const e of drawn) {
        const offset = offsets.get(e.id) ?? { dx: 0, dy: 0, hidden: false, more: 0 };
        let dx = offset.dx;
        if (offset.more > 0) {
          // The prefix widens the chip; keep the edge the stack lines up on.
          const before = e.chip.getBoundingClientRect().width;
          setMore(e.chip, earlierEvents(offset.more, lang));
          const grown = e.chip.getBoundingClientRect().width - before;
          dx += offset.end ? -grown / 2 : grown / 2;
        }
        e.chip.style.setProperty('--dx', `${dx}px`);
        e.chip.style.setProperty('--dy', `${offset.dy}px`);
        // The marker element itself is hidden, so an overflowing chip is not focusable either.
        e.chip.parentElement?.classList.toggle('tp-overflow', offset.hidden);
      }
    };
    return layout;
  }, [map, drawn, shown, lang]);
  useMapLayout(map, 'event stacking', layout, 'zoomend viewreset moveend', [layout]);
  return null;
}
