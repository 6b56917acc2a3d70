// Report mode: the map composed for a page — title, dek, the map, a legend beside or below it
// (never over it), the sources line, the "as of" date and credits. No controls, no animation.
// The page is sized by the viewport (1200×630, 1920×1080, A4 landscape for print).
import { useEffect, useMemo, useRef } from 'react';
import type { Feature, Geometry } from 'geojson';
import { Legend } from '../controls/Legend.tsx';
import { StoryHeader } from '../controls/StoryHeader.tsx';
import { formatDate } from '../i18n/format.ts';
import { drawnPlans } from '../layers/arcPlan.ts';
import { StoryMap } from '../map/StoryMap.tsx';
import { useDrawingTask } from '../map/useDrawingTask.ts';
import { filterFeatures } from '../state/filterFeatures.ts';
import type { ViewProps } from '../views/ViewProps.ts';
import { altText } from './altText.ts';
import { asOfDay } from './asOfDate.ts';
import { featureBounds, otherBounds, unionBounds } from './featureBounds.ts';
import { OtherLayer } from '../layers/OtherLayer.tsx';
import { fitView } from './fitView.ts';
import { reportPadding } from './reportPadding.ts';
import { reportText } from './reportText.ts';
import { formatSourcesLine, summarizeSources } from './sourcesLine.ts';
import { useElementSize } from './useElementSize.ts';
import { useFontsSettled } from './useFontsSettled.ts';
import './report.css';

const WORLD: [number, number, number, number] = [-60, -170, 80, 190];
const NO_FEATURES: readonly Feature<Geometry | null>[] = [];

export function ReportView(props: ViewProps) {
  const { state, story, basemap, theme } = props;
  // Held until the map is mounted with its view, so `ready` never fires on an empty page.
  // (Layout effects run before the lazy wrapper's effect releases the chunk's own task.)
  const layoutDone = useDrawingTask('report layout');
  const mapBox = useRef<HTMLDivElement>(null);
  const [size, measureMapBox] = useElementSize(mapBox);
  const meta = story?.tripoint?.story;
  // A reader's file may hold plain GeoJSON too: the report draws it, as the browse map does.
  const other = props.userData?.other ?? NO_FEATURES;
  // With the story's header and legend rendered, the map waits for their fonts: its box then
  // has its final size when the map is created with the view fitted to it.
  const fontsSettled = useFontsSettled(story !== null, measureMapBox);
  const lang = state.lang;

  const filtered = useMemo(
    () => (story ? filterFeatures(story.features, state) : null),
    [story, state],
  );
  const shown = useMemo(() => filtered?.visible ?? [], [filtered]);
  const view = useMemo(() => {
    if (state.view) return state.view;
    if (!size || !story) return null;
    // Fit the lines as drawn (bent arcs bulge beyond their ends), not just their end points,
    // and any plain shapes of the reader's file with them.
    const bounds =
      unionBounds(
        featureBounds(shown, story.features, drawnPlans(story.features)),
        otherBounds(other),
      ) ??
      meta?.bounds ??
      WORLD;
    return fitView(bounds, size, { padding: reportPadding(size, shown) });
  }, [state.view, size, story, shown, meta, other]);

  const canDraw = story !== null && view !== null && fontsSettled;
  useEffect(() => {
    if (canDraw) layoutDone();
  }, [canDraw, layoutDone]);

  const title = meta ? (meta.title[lang] ?? meta.title.en) : null;
  const asOf = asOfDay(state, meta);
  const alt = useMemo(
    () => altText({ lang, title, meta, state, features: shown }),
    [lang, title, meta, state, shown],
  );

  return (
    <div className={`report report--${theme}`} data-report="">
      <StoryHeader meta={meta} lang={lang} />
      <div className="report__body">
        <div className="report__map" ref={mapBox}>
          {canDraw && (
            <StoryMap
              story={story}
              basemap={basemap}
              theme={theme}
              view={view}
              visibleIds={filtered?.ids ?? null}
              period={state.period}
              lang={lang}
              interactive={false}
              staticMap
            >
              <OtherLayer features={other} theme={theme} />
            </StoryMap>
          )}
        </div>
        {/* Nothing of the story is shown (a plain GeoJSON file): no empty legend column. */}
        {shown.length > 0 && (
          <aside className="report__legend">
            <Legend story={story} visible={shown} theme={theme} lang={lang} />
          </aside>
        )}
      </div>
      <footer className="report__foot">
        <p className="report__sources">{formatSourcesLine(summarizeSources(shown), lang)}</p>
        {asOf && (
          <p className="report__asof">
            {reportText(lang, 'asOf', { date: formatDate(asOf, lang, 'long') })}
          </p>
        )}
      </footer>
      {/* For the CLI's FILE.alt.txt and the download button; never painted. */}
      <p className="report__alt" hidden data-alt-text="">
        {alt}
      </p>
    </div>
  );
}
