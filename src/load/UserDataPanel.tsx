// The reader's file outside the map: progress, refusal or warnings, and the details of a
// plain feature that was clicked.
import { OtherDetails } from '../layers/OtherDetails.tsx';
import { LoadReport } from './LoadReport.tsx';
import { DataConsentPrompt } from './DataConsentPrompt.tsx';
import type { UserData } from './useUserData.ts';
import './load.css';

export function UserDataPanel({ user, showDetails }: { user: UserData; showDetails: boolean }) {
  const selected =
    user.loaded && user.selectedOther !== null ? user.loaded.other[user.selectedOther] : undefined;
  return (
    <div
      className="user-data"
      data-testid="user-data"
      data-load-step={user.phase.step}
      data-loaded={user.loaded?.file ?? ''}
      data-refused={user.refusal?.file ?? ''}
    >
      {user.consent && <DataConsentPrompt consent={user.consent} />}
      <LoadReport
        phase={user.phase}
        refusal={user.refusal}
        loaded={user.loaded}
        onDismiss={user.dismiss}
      />
      {showDetails && selected && (
        <OtherDetails
          feature={selected}
          index={user.selectedOther!}
          onClose={() => user.selectOther(null)}
        />
      )}
    </div>
  );
}
