// The panel's tools slot: buttons other features add to the browse view (Download PNG /
// Print from export, Embed from embed, Open data… from load). Add yours here as one line;
// return null when there is nothing to show.
import type { ViewProps } from './ViewProps.ts';

export function BrowseTools(_props: ViewProps) {
  return null;
}
