// Asks before loading a ?data= URL from another server: the link may come from anyone, and
// loading it tells that server the reader's IP address.
import type { DataConsent } from './useUserData.ts';

export function DataConsentPrompt({ consent }: { consent: DataConsent }) {
  return (
    <section className="load-report__consent" data-testid="load-consent" aria-label="Load data?">
      <p dir="auto">
        This link asks the map to load data from <strong>{consent.host}</strong>. Your browser will
        contact that server, which then sees your IP address.
      </p>
      <div className="load-report__consent-actions">
        <button type="button" onClick={consent.accept}>
          Load data from {consent.host}
        </button>
        <button type="button" onClick={consent.decline}>
          Not now
        </button>
      </div>
    </section>
  );
}
