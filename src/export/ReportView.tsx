// Report mode: the map composed for a page — title, dek, the map, a legend beside or below it
// (never over it), the sources line, the "as of" date and credits. No controls, no animation.
// The page is sized by the viewport (1200×630, 1920×1080, A4 landscape for print).
import { useEffect, useMemo, useRef, useState } from 'react';
import { StoryMap } from '../map/StoryMap.tsx';
import { beginDrawing } from '../map/readiness.ts';
import type { ViewProps } from '../views/ViewProps.ts';
import { altText } from './altText.ts';
import { asOfDay, formatDay } from './asOfDate.ts';
import { featureBounds } from './featureBounds.ts';
import { fitView } from './fitView.ts';
import { ReportLegend } from './ReportLegend.tsx';
import { reportText } from './reportText.ts';
import { formatSourcesLine, summarizeSources } from './sourcesLine.ts';
import { useElementSize } from './useElementSize.ts';
import { visibleFeatures } from './visibleFeatures.ts';
import './report.css';

const WORLD: [number, number, number, number] = [-60, -170, 80, 190];

export function ReportView({ state, story, basemap, theme }: ViewProps) {
  // Held until the map is mounted with its view, so `ready` never fires on an empty page.
  const [layoutDone] = useState(() => beginDrawing('report layout'));
  const mapBox = useRef<HTMLDivElement>(null);
  const size = useElementSize(mapBox);
  const meta = story?.tripoint?.story;
  const lang = state.lang;

  const shown = useMemo(
    () => (story ? visibleFeatures(story.features, state) : []),
    [story, state],
  );
  const view = useMemo(() => {
    if (state.view) return state.view;
    if (!size || !story) return null;
    const bounds = featureBounds(shown, story.features) ?? meta?.bounds ?? WORLD;
    return fitView(bounds, size, { padding: Math.round(Math.min(size.width, size.height) * 0.08) });
  }, [state.view, size, story, shown, meta]);

  const canDraw = story !== null && view !== null;
  useEffect(() => {
    if (canDraw) layoutDone();
  }, [canDraw, layoutDone]);

  const title = meta ? (meta.title[lang] ?? meta.title.en) : null;
  const dek = meta ? (meta.dek[lang] ?? meta.dek.en) : null;
  const credits = meta ? (meta.credits[lang] ?? meta.credits.en) : null;
  const asOf = asOfDay(state, meta);
  const alt = useMemo(
    () => altText({ lang, title, meta, state, features: shown }),
    [lang, title, meta, state, shown],
  );

  return (
    <div className={`report report--${theme}`} data-report="">
      {(title || dek) && (
        <header className="report__head">
          {title && <h1 className="report__title">{title}</h1>}
          {dek && <p className="report__dek">{dek}</p>}
        </header>
      )}
      <div className="report__body">
        <div className="report__map" ref={mapBox}>
          {canDraw && (
            <StoryMap
              story={story}
              basemap={basemap}
              theme={theme}
              view={view}
              interactive={false}
              staticMap
            />
          )}
        </div>
        <ReportLegend features={shown} lang={lang} />
      </div>
      <footer className="report__foot">
        <p className="report__sources">{formatSourcesLine(summarizeSources(shown), lang)}</p>
        <p className="report__meta">
          {asOf && (
            <span className="report__asof">
              {reportText(lang, 'asOf', { date: formatDay(asOf, lang) })}
            </span>
          )}
          {credits && <span className="report__credits">{credits}</span>}
        </p>
      </footer>
      {/* For the CLI's FILE.alt.txt and the download button; never painted. */}
      <p className="report__alt" hidden data-alt-text="">
        {alt}
      </p>
    </div>
  );
}
