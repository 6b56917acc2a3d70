// The panel's tools slot: buttons other features add to the browse view (Download PNG /
// Print from export, Embed from embed, Open data… from load). Add yours here as one line;
// return null when there is nothing to show.
import { LoadDataControl } from '../load/LoadDataControl.tsx';
import { EmbedDialog } from '../embed/EmbedDialog.tsx';
import { DownloadButtons } from '../export/DownloadButtons.tsx';
import type { ViewProps } from './ViewProps.ts';

export function BrowseTools(props: ViewProps) {
  const { userData } = props;
  return (
    <>
      {userData && <LoadDataControl onFile={userData.openFile} busy={userData.busy} />}
      <EmbedDialog state={props.state} story={props.story} />
      {/* An opened file is not in the URL: the report frame gets it as a blob: URL. */}
      <DownloadButtons
        state={
          userData?.openedFileUrl ? { ...props.state, data: userData.openedFileUrl } : props.state
        }
      />
    </>
  );
}
