// Browse mode: the full map for readers.
import { StoryMap } from '../map/StoryMap.tsx';
import type { ViewProps } from './ViewProps.ts';

export function BrowseView({ state, update, story, basemap, theme }: ViewProps) {
  return (
    <div className="app app--browse">
      <StoryMap
        story={story}
        basemap={basemap}
        theme={theme}
        view={state.view}
        onViewChange={(view) => update({ view }, { replace: true })}
      />
    </div>
  );
}
