// The app: reads the URL state, loads the story and the basemap, and hands them to the
// mode the URL asks for (browse | report | embed).
import { useEffect, useState } from 'react';
import type { Feature, Geometry } from 'geojson';
import { useBasemap } from './map/useBasemap.ts';
import { useLoadingError } from './map/useLoadingError.ts';
import { useUrlState } from './state/useUrlState.ts';
import { resolveTradePeriod } from './state/appState.ts';
import { useStoryData } from './state/useStoryData.ts';
import { useResolvedTheme } from './state/useResolvedTheme.ts';
import { lazyView } from './views/lazyView.tsx';
import type { ViewProps } from './views/ViewProps.ts';
import { useUserData } from './load/useUserData.ts';
import { UserDataLayers } from './load/UserDataLayers.tsx';
import { UserDataPanel } from './load/UserDataPanel.tsx';

// Each mode's code loads on demand: an embed's first load carries neither browse's panel nor
// report's layout.
const BrowseView = lazyView('browse', () =>
  import('./views/BrowseView.tsx').then((m) => m.BrowseView),
);
const EmbedView = lazyView('embed', () => import('./embed/EmbedView.tsx').then((m) => m.EmbedView));
const ReportView = lazyView('report', () =>
  import('./export/ReportView.tsx').then((m) => m.ReportView),
);

const NO_FEATURES: readonly Feature<Geometry | null>[] = [];

export function App() {
  const { state, notices, update } = useUrlState();
  const { basemap, error: basemapError } = useBasemap();
  const { story, error: storyError } = useStoryData(state);
  const theme = useResolvedTheme(state.theme);
  // The reader's own file (?data= or opened): shown instead of the story once it loads.
  const user = useUserData(state.data);
  const [keepInitialView] = useState(() => state.view !== null);
  const error = basemapError ?? storyError;

  useLoadingError(error);

  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);

  const mapLayers = (
    <UserDataLayers
      loaded={user.loaded}
      theme={theme}
      onSelectOther={user.selectOther}
      keepInitialView={keepInitialView}
    />
  );
  const userData = {
    openFile: user.openFile,
    busy: user.phase.step !== 'idle',
    mapLayers,
    openedFileUrl: user.openedFileUrl,
    other: user.loaded?.other ?? NO_FEATURES,
  };
  const shown = user.loaded?.collection ?? story;
  const props: ViewProps = {
    state: resolveTradePeriod(state, shown?.tripoint?.story.tradePeriod),
    update,
    notices,
    story: shown,
    basemap,
    error,
    theme,
    userData,
  };
  return (
    <>
      {state.mode === 'report' ? (
        <ReportView {...props} />
      ) : state.mode === 'embed' ? (
        <EmbedView {...props} />
      ) : (
        <BrowseView {...props} />
      )}
      {error && (
        <div className="app-error" role="alert">
          {error}
        </div>
      )}
      <UserDataPanel user={user} showDetails={state.mode === 'browse'} />
    </>
  );
}
