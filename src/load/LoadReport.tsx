// What happened to the reader's file: a progress bar while reading, the reasons it was
// refused (first 50, and how many more), or the warnings it loaded with. Every string from
// the file is a React text node; nothing here is HTML.
import { formatProblem } from '../story/problem.ts';
import { formatBytes } from './limits.ts';
import type { Refusal } from './readGeoJson.ts';
import type { LoadPhase } from './useUserData.ts';
import type { LoadProblem } from './loadProblem.ts';

export interface LoadReportProps {
  phase: LoadPhase;
  refusal: Refusal | null;
  /** The loaded file's name and warnings, when one is loaded. */
  loaded: { file: string; warnings: LoadProblem[] } | null;
  onDismiss: () => void;
}

function ProgressLine({ phase }: { phase: LoadPhase }) {
  if (phase.step === 'idle') return null;
  const reading = phase.step === 'reading';
  const label = reading
    ? `Reading ${phase.name}… ${formatBytes(phase.loaded)}${phase.total ? ` of ${formatBytes(phase.total)}` : ''}`
    : `Checking ${phase.name}…`;
  return (
    <div className="load-report__progress" role="status" data-testid="load-progress">
      <span dir="auto">{label}</span>
      {/* No value while checking: an indeterminate bar. */}
      {reading && phase.total ? <progress max={phase.total} value={phase.loaded} /> : <progress />}
    </div>
  );
}

export function LoadReport({ phase, refusal, loaded, onDismiss }: LoadReportProps) {
  const warnings = loaded?.warnings ?? [];
  return (
    <div className="load-report">
      <ProgressLine phase={phase} />
      {refusal && (
        <section className="load-report__refusal" role="alert" data-testid="load-refusal">
          <header>
            <h2 dir="auto">
              {refusal.file} was not loaded:{' '}
              {refusal.problems.length + refusal.more === 1
                ? 'one problem'
                : `${refusal.problems.length + refusal.more} problems`}
            </h2>
            <button type="button" onClick={onDismiss} aria-label="Dismiss">
              ×
            </button>
          </header>
          <ol>
            {refusal.problems.map((problem, i) => (
              <li key={i} dir="auto" className={`load-report__${problem.severity}`}>
                {formatProblem(problem)}
              </li>
            ))}
          </ol>
          {refusal.more > 0 && <p>…and {refusal.more.toLocaleString('en')} more.</p>}
          <p className="load-report__kept">The map still shows what it showed before.</p>
        </section>
      )}
      {!refusal && loaded && warnings.length > 0 && (
        <details className="load-report__warnings" data-testid="load-warnings">
          <summary dir="auto">
            {loaded.file} loaded with{' '}
            {warnings.length === 1 ? 'one warning' : `${warnings.length} warnings`}
          </summary>
          <ul>
            {warnings.slice(0, 50).map((warning, i) => (
              <li key={i} dir="auto">
                {formatProblem(warning)}
              </li>
            ))}
          </ul>
          {warnings.length > 50 && <p>…and {(warnings.length - 50).toLocaleString('en')} more.</p>}
        </details>
      )}
    </div>
  );
}
