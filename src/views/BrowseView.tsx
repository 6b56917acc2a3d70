// Browse mode: the full map for readers. A side panel on desktop; on a phone the panel is a
// drawer behind a "Story & filters" button so the map keeps the screen. Filters only show
// and hide what the map drew: the map is never rebuilt and the view never moves.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { StoryMap } from '../map/StoryMap.tsx';
import { MapCredits } from '../map/MapCredits.tsx';
import { DetailsPanel } from '../controls/DetailsPanel.tsx';
import { FilterPanel } from '../controls/FilterPanel.tsx';
import { useReducedMotion } from '../controls/useReducedMotion.ts';
import { localized, useT } from '../i18n/t.ts';
import { placeIndex } from '../state/featureActors.ts';
import { filterFeatures } from '../state/filterFeatures.ts';
import { storyFacets } from '../state/storyFacets.ts';
import type { TripointFeature } from '../story/types.ts';
import { BrowseTools } from './BrowseTools.tsx';
import type { ViewProps } from './ViewProps.ts';
import '../styles/panel.css';

const NO_FEATURES: TripointFeature[] = [];

export function BrowseView(props: ViewProps) {
  const { state, update, notices, story, basemap, theme } = props;
  const t = useT(state.lang);
  const reducedMotion = useReducedMotion();
  const features = story?.features ?? NO_FEATURES;
  const { layers, actors, from, to, period } = state;
  const result = useMemo(
    () => filterFeatures(features, { layers, actors, from, to, period }),
    [features, layers, actors, from, to, period],
  );
  const places = useMemo(() => placeIndex(features), [features]);
  const facets = useMemo(() => storyFacets(story), [story]);
  const selected = state.select
    ? features.find((f) => String(f.properties?.id) === state.select)
    : undefined;

  const [drawerOpen, setDrawerOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const closeDrawer = useCallback(() => {
    setDrawerOpen(false);
    toggleRef.current?.focus();
  }, []);
  useEffect(() => {
    if (drawerOpen) closeRef.current?.focus();
  }, [drawerOpen]);

  const onSelect = useCallback((id: string) => update({ select: id }), [update]);
  const selectFromPanel = useCallback(
    (id: string) => {
      onSelect(id);
      setDrawerOpen(false); // on a phone, show the map and the details
    },
    [onSelect],
  );
  const title = story?.tripoint?.story
    ? localized(story.tripoint.story.title, state.lang)
    : 'Tripoint';

  return (
    <div
      className="app app--browse browse"
      data-drawer={drawerOpen ? 'open' : 'closed'}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && drawerOpen) closeDrawer();
      }}
    >
      <div className="browse__bar">
        <span className="browse__bar-title">{title}</span>
        <button
          ref={toggleRef}
          type="button"
          className="browse__drawer-toggle"
          aria-expanded={drawerOpen}
          aria-controls="browse-panel"
          onClick={() => setDrawerOpen((open) => !open)}
        >
          {t('panel.open')}
        </button>
      </div>
      <aside id="browse-panel" className="browse__panel" aria-label={t('panel.label')}>
        <button ref={closeRef} type="button" className="browse__drawer-close" onClick={closeDrawer}>
          {t('panel.close')}
        </button>
        <FilterPanel
          story={story}
          facets={facets}
          places={places}
          result={result}
          state={state}
          update={update}
          notices={notices}
          theme={theme}
          reducedMotion={reducedMotion}
          onSelect={selectFromPanel}
          tools={<BrowseTools {...props} />}
        />
      </aside>
      <main className="browse__map">
        <StoryMap
          story={story}
          basemap={basemap}
          theme={theme}
          view={state.view}
          onViewChange={(view) => update({ view }, { replace: true })}
          visibleIds={story ? result.ids : null}
          period={state.period}
          selectedId={state.select}
          onSelect={onSelect}
          lang={state.lang}
        >
          {props.userData?.mapLayers}
        </StoryMap>
        <MapCredits label={t('map.credits')} className="browse__credits" />
        {selected && (
          <div className="browse__details">
            <DetailsPanel
              feature={selected}
              places={places}
              lang={state.lang}
              onClose={() => update({ select: null })}
            />
          </div>
        )}
      </main>
    </div>
  );
}
