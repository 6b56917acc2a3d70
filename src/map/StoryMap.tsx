// The map of a story: basemap and every layer, shared by browse, report and embed modes.
// Filters, period, selection and theme reach the layers as props and only show, hide or
// restyle what was drawn: the map and its layers are built once per story, the view stays.
import { useMemo, type ReactNode } from 'react';
import type { Topology } from 'topojson-specification';
import { MapView } from './MapView.tsx';
import { BasemapLayer } from './BasemapLayer.tsx';
import { OnlineTiles } from './OnlineTiles.tsx';
import { TILE_CONFIG } from './tileConfig.ts';
import { useDrawingTask } from './useDrawingTask.ts';
import { PlacesLayer } from '../layers/PlacesLayer.tsx';
import { MovementsLayer } from '../layers/MovementsLayer.tsx';
import { FlowsLayer } from '../layers/FlowsLayer.tsx';
import { EventsLayer } from '../layers/EventsLayer.tsx';
import { ClaimsLayer } from '../layers/ClaimsLayer.tsx';
import { drawnPlans, placePositions } from '../layers/arcPlan.ts';
import { byKind } from '../layers/byKind.ts';
import { LabelDeclutter } from '../layers/LabelDeclutter.tsx';
import { LazyFastFlowsLayer, LazyFastMovementsLayer } from '../scale/LazyFastLayers.tsx';
import { usesFastPath } from '../scale/fastPath.ts';
import type { Lang, MapViewState } from '../state/appState.ts';
import type { StoryCollection } from '../story/types.ts';
import '../layers/layers.css';

const WORLD: [number, number, number, number] = [-60, -170, 80, 190];

export interface StoryMapProps {
  story: StoryCollection | null;
  basemap: Topology | null;
  theme: 'light' | 'dark';
  view: MapViewState | null;
  onViewChange?: (view: MapViewState) => void;
  interactive?: boolean;
  staticMap?: boolean;
  /** Ids of the features to show (from the filters); null or absent = all. */
  visibleIds?: ReadonlySet<string> | null;
  /** Trade period (YYYY or YYYY-MM); null or absent = the latest per pair (see layers/flowPeriod.ts). */
  period?: string | null;
  /** Feature highlighted (its details are open). */
  selectedId?: string | null;
  /** A feature was clicked, or chosen by keyboard (Enter/Space, or keyboard focus). */
  onSelect?: (id: string) => void;
  /** Language of the texts drawn on the map (flow and claim labels, dates). Default 'en'. */
  lang?: Lang;
  /** More layers drawn inside the map, e.g. the "Other" layer for plain GeoJSON. */
  children?: ReactNode;
}

export function StoryMap({
  story,
  basemap,
  theme,
  view,
  onViewChange,
  interactive,
  staticMap,
  visibleIds = null,
  period = null,
  selectedId = null,
  onSelect,
  lang = 'en',
  children,
}: StoryMapProps) {
  const basemapDrawn = useDrawingTask('basemap');
  const meta = story?.tripoint?.story;
  const features = useMemo(() => story?.features ?? [], [story]);
  const kinds = useMemo(() => byKind(features), [features]);
  // Thousands of flows (or movements) go to the canvas renderer (its code loaded lazily,
  // readiness held), unplanned: fanning is for stories, and drawnPlans leaves them out.
  const manyFlows = usesFastPath(kinds.flows);
  const manyMovements = usesFastPath(kinds.movements);
  const plans = useMemo(() => drawnPlans(features), [features]);
  const positions = useMemo(() => placePositions(features), [features]);
  const countries = useMemo(
    () => new Map(kinds.places.map((p) => [p.properties.id, p.properties.country])),
    [kinds],
  );
  const state = { shown: visibleIds, theme, selectedId, onSelect };
  // Anything that changes which labels exist or their size re-runs the declutter.
  const declutterKey = useMemo(() => ({}), [features, visibleIds, period, lang, selectedId]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <MapView
      bounds={meta?.bounds ?? WORLD}
      view={view}
      onViewChange={onViewChange}
      interactive={interactive}
      staticMap={staticMap}
    >
      {TILE_CONFIG ? (
        <OnlineTiles config={TILE_CONFIG} onDrawn={basemapDrawn} />
      ) : (
        basemap && (
          <BasemapLayer
            topology={basemap}
            actors={meta?.actors ?? []}
            theme={theme}
            onDrawn={basemapDrawn}
          />
        )
      )}
      {children}
      {manyFlows ? (
        <LazyFastFlowsLayer
          flows={kinds.flows}
          places={kinds.places}
          shown={visibleIds}
          period={period}
          theme={theme}
          onSelect={onSelect}
          selectedId={selectedId}
        />
      ) : (
        <FlowsLayer
          flows={kinds.flows}
          plans={plans}
          countries={countries}
          period={period}
          lang={lang}
          {...state}
        />
      )}
      {manyMovements ? (
        <LazyFastMovementsLayer
          movements={kinds.movements}
          places={kinds.places}
          shown={visibleIds}
          theme={theme}
          onSelect={onSelect}
          selectedId={selectedId}
        />
      ) : (
        <MovementsLayer movements={kinds.movements} plans={plans} lang={lang} {...state} />
      )}
      <ClaimsLayer claims={kinds.claims} plans={plans} places={positions} lang={lang} {...state} />
      <EventsLayer events={kinds.events} places={positions} lang={lang} {...state} />
      <PlacesLayer places={kinds.places} lang={lang} {...state} />
      <LabelDeclutter version={declutterKey} />
    </MapView>
  );
}
