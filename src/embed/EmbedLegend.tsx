// The embed's legend, collapsed by default so a phone-sized iframe shows the map first.
// TODO(panel): render the shared src/controls Legend here in its compact form once it lands;
// until then the layers shown and the status words, from the shared i18n table.
import { t } from '../i18n/t.ts';
import { STATUSES } from '../story/types.ts';
import type { ViewProps } from '../views/ViewProps.ts';

export function EmbedLegend({ id, state, hidden }: ViewProps & { id: string; hidden: boolean }) {
  return (
    <div id={id} className="embed__legend" hidden={hidden}>
      <ul>
        {state.layers.map((kind) => (
          <li key={kind}>{t(state.lang, `kind.${kind}`)}</li>
        ))}
      </ul>
      <p className="embed__legend-status">
        {t(state.lang, 'legend.status')}:{' '}
        {STATUSES.map((status) => t(state.lang, `status.${status}`)).join(' · ')}
      </p>
    </div>
  );
}
