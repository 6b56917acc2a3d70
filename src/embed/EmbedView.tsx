// Embed mode: the map for an article's iframe, 300–1200 px wide. A title (title=0 hides it), the
// map at a fixed aspect ratio so the height follows the width, a collapsible legend, credits and
// a link to the same state in the full app. Reports its height to the host page.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { StoryMap } from '../map/StoryMap.tsx';
import { Legend } from '../controls/Legend.tsx';
import { filterFeatures } from '../state/filterFeatures.ts';
import { localized } from '../i18n/t.ts';
import type { MapViewState } from '../state/appState.ts';
import type { ViewProps } from '../views/ViewProps.ts';
import { embedMessages, zoomModifierLabel } from './embedMessages.ts';
import { EmbedFooter } from './EmbedFooter.tsx';
import { stateUrl } from './snippet.ts';
import { useHeightMessages } from './useHeightMessages.ts';
import { warmFonts } from './warmFonts.ts';
import { useScrollGuard } from './useScrollGuard.ts';
import './embed.css';

export function EmbedView(props: ViewProps) {
  const { state, story, basemap, theme } = props;
  const messages = embedMessages(state.lang);
  const rootRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const legendId = useId();
  const [legendOpen, setLegendOpen] = useState(false);
  // The view the reader moved to, for the link; the first fit to a small iframe is not theirs.
  const [readerView, setReaderView] = useState<MapViewState | null>(state.view);
  const { hint, active, readerInteracted } = useScrollGuard(mapRef);
  useHeightMessages(rootRef);
  useEffect(() => {
    if (story) warmFonts(story.features);
  }, [story]);

  // The same filters as the full map, so the embed shows what its link opens.
  const { layers, actors, from, to, period } = state;
  const result = useMemo(
    () => filterFeatures(story?.features ?? [], { layers, actors, from, to, period }),
    [story, layers, actors, from, to, period],
  );
  const meta = story?.tripoint?.story;
  const title = meta ? localized(meta.title, state.lang) : '';
  const fullMapUrl = useMemo(
    () => stateUrl(window.location.href, { ...state, view: readerView }, 'browse'),
    [state, readerView],
  );
  const modifier = zoomModifierLabel(navigator.platform);

  return (
    <div className="embed" ref={rootRef}>
      {state.title && title && <h1 className="embed__title">{title}</h1>}
      <div
        className="embed__map"
        ref={mapRef}
        aria-label={messages.mapLabel}
        role="region"
        data-active={active}
      >
        <StoryMap
          story={story}
          basemap={basemap}
          theme={theme}
          view={state.view}
          onViewChange={(view) => {
            if (readerInteracted.current) setReaderView(view);
          }}
          visibleIds={story ? result.ids : null}
          period={state.period}
          lang={state.lang}
        >
          {props.userData?.mapLayers}
        </StoryMap>
        <div className="embed__hint" role="status" aria-live="polite" data-visible={hint !== null}>
          {hint === 'wheel' && messages.wheelHint.replace('{key}', modifier)}
          {hint === 'touch' && messages.touchHint}
        </div>
        <div id={legendId} className="embed__legend" hidden={!legendOpen}>
          {/* With its (small) headings: line widths and colours mean nothing unlabelled. */}
          <Legend story={story} visible={result.visible} theme={theme} lang={state.lang} />
        </div>
      </div>
      <div className="embed__bar">
        <button
          type="button"
          className="embed__legend-toggle"
          aria-expanded={legendOpen}
          aria-controls={legendId}
          onClick={() => setLegendOpen((open) => !open)}
        >
          {messages.legend}
        </button>
        <EmbedFooter messages={messages} fullMapUrl={fullMapUrl} />
      </div>
    </div>
  );
}
