// Map panes, bottom to top: the basemap always lies under arcs, markers and labels.
export const PANES = {
  basemap: 200,
  other: 380,
  flows: 400,
  movements: 410,
  claims: 420,
  events: 600,
  places: 650,
} as const;

export type PaneName = keyof typeof PANES;
