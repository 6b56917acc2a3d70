// The browse panel: story header, notices, the count and reset, filters, legend, the table,
// tools from other features (export, embed, open data) and display settings.
import type { ReactNode } from 'react';
import { useT } from '../i18n/t.ts';
import { actorColor, type MapTheme } from '../layers/styles.ts';
import { defaultState, type AppState, type StateNotice } from '../state/appState.ts';
import type { PlaceIndex } from '../state/featureActors.ts';
import type { FilterResult } from '../state/filterFeatures.ts';
import type { StoryFacets } from '../state/storyFacets.ts';
import type { UpdateState } from '../state/useUrlState.ts';
import { KINDS, type StoryCollection } from '../story/types.ts';
import { ActorToggles } from './ActorToggles.tsx';
import { DisplaySettings } from './DisplaySettings.tsx';
import { FeatureTable } from './FeatureTable.tsx';
import { LayerToggles } from './LayerToggles.tsx';
import { Legend } from './Legend.tsx';
import { Notices } from './Notices.tsx';
import { PeriodChoice } from './PeriodChoice.tsx';
import { ResetButton } from './ResetButton.tsx';
import { ShownCount } from './ShownCount.tsx';
import { StoryHeader } from './StoryHeader.tsx';
import { Timeline } from './Timeline.tsx';
import '../styles/panel.css';

export interface FilterPanelProps {
  story: StoryCollection | null;
  facets: StoryFacets;
  places: PlaceIndex;
  result: FilterResult;
  state: AppState;
  update: UpdateState;
  notices: readonly StateNotice[];
  theme: MapTheme;
  reducedMotion: boolean;
  onSelect: (id: string) => void;
  /** Buttons from other features (Download PNG, Embed, Open data…). */
  tools?: ReactNode;
}

export function FilterPanel(props: FilterPanelProps) {
  const {
    story,
    facets,
    places,
    result,
    state,
    update,
    notices,
    theme,
    reducedMotion,
    onSelect,
    tools,
  } = props;
  const t = useT(state.lang);
  const features = story?.features ?? [];
  const kinds = KINDS.map((kind) => ({
    kind,
    count: features.filter((f) => f.properties?.kind === kind).length,
  })).filter((k) => k.count > 0);
  const defaults = defaultState(state.lang);
  const filtered =
    state.layers.join() !== defaults.layers.join() ||
    state.actors !== null ||
    state.from !== null ||
    state.to !== null ||
    state.period !== (story?.tripoint?.story.tradePeriod ?? null);
  const reset = () =>
    update({
      layers: defaults.layers,
      actors: null,
      from: null,
      to: null,
      period: null,
      select: null,
    });

  return (
    <div className="panel">
      <StoryHeader meta={story?.tripoint?.story} lang={state.lang} />
      <Notices notices={notices} t={t} />
      <div className="panel__count-row">
        <ShownCount shown={result.shown} total={result.total} t={t} />
        <ResetButton onReset={reset} disabled={!filtered} t={t} />
      </div>
      <LayerToggles
        kinds={kinds}
        layers={state.layers}
        onChange={(layers) => update({ layers })}
        t={t}
      />
      {facets.actors.length > 0 && (
        <ActorToggles
          actors={facets.actors}
          selected={state.actors}
          onChange={(actors) => update({ actors })}
          colorOf={(actor) => actorColor(actor, theme)}
          lang={state.lang}
          t={t}
        />
      )}
      <Timeline
        period={facets.period}
        steps={facets.steps}
        from={state.from}
        to={state.to}
        onChange={(range, options) => update(range, options)}
        reducedMotion={reducedMotion}
        lang={state.lang}
        t={t}
      />
      <PeriodChoice
        periods={facets.periods}
        period={state.period}
        onChange={(period) => update({ period })}
        lang={state.lang}
        t={t}
      />
      <section className="panel__section" aria-labelledby="legend-heading">
        <h2 id="legend-heading" className="panel__heading">
          {t('legend.heading')}
        </h2>
        <Legend story={story} visible={result.visible} theme={theme} lang={state.lang} />
      </section>
      <FeatureTable
        features={result.visible}
        places={places}
        lang={state.lang}
        selectedId={state.select}
        onSelect={onSelect}
      />
      {tools && (
        <div className="panel__tools" role="group" aria-label={t('panel.tools')}>
          {tools}
        </div>
      )}
      <DisplaySettings
        lang={state.lang}
        theme={state.theme}
        onChange={(change) => update(change)}
        t={t}
      />
    </div>
  );
}
