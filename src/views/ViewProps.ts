// What every mode (browse, report, embed) receives from the app.
import type { ReactNode } from 'react';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { AppState, StateNotice } from '../state/appState.ts';
import type { UpdateState } from '../state/useUrlState.ts';
import type { StoryCollection } from '../story/types.ts';

export interface ViewProps {
  state: AppState;
  update: UpdateState;
  /** URL parameters that were ignored, for a small notice. */
  notices: StateNotice[];
  /** The story or the reader's own file; null while loading. */
  story: StoryCollection | null;
  basemap: Topology | null;
  /** A human message when loading failed. */
  error: string | null;
  /** Light or dark, with `auto` already resolved from the reader's system. */
  theme: 'light' | 'dark';
  /** The reader's own file (src/load): open one; what to draw of it inside the map (StoryMap children). */
  userData?: {
    openFile: (file: File) => void;
    busy: boolean;
    mapLayers: ReactNode;
    /** The opened file shown now, as a blob: URL the report frame can load; null = none. */
    openedFileUrl: string | null;
    /** The file's plain GeoJSON features (the "Other" layer), for views that draw it alone. */
    other: readonly Feature<Geometry | null>[];
  };
}
