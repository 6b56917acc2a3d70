// URL values that were ignored, in a small dismissible notice: the app still works.
import { useState } from 'react';
import type { Translate } from '../i18n/t.ts';
import type { StateNotice } from '../state/appState.ts';

export function Notices({ notices, t }: { notices: readonly StateNotice[]; t: Translate }) {
  const [dismissed, setDismissed] = useState(false);
  if (notices.length === 0 || dismissed) return null;
  return (
    <div className="notices" role="status">
      <ul>
        {notices.map((notice, index) => (
          <li key={index}>{t('notice.ignored', { param: notice.param, value: notice.value })}</li>
        ))}
      </ul>
      <button type="button" className="text-button" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
