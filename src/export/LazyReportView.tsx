// Report mode, loaded only when the URL asks for it, so browse and embed don't pay for it.
// The chunk's download is a drawing task: `ready` must not fire before the report exists.
import { lazy, Suspense, useEffect } from 'react';
import { beginDrawing, failLoading } from '../map/readiness.ts';
import type { ViewProps } from '../views/ViewProps.ts';

const Report = lazy(async () => {
  const done = beginDrawing('report view');
  let ReportView: typeof import('./ReportView.tsx').ReportView;
  try {
    ({ ReportView } = await import('./ReportView.tsx'));
  } catch (error) {
    failLoading(`The report layout could not be loaded: ${(error as Error).message}`);
    throw error;
  }
  function ReportThenDone(props: ViewProps) {
    // Children's effects run first: by now the report has registered its own tasks.
    useEffect(() => done(), []);
    return <ReportView {...props} />;
  }
  return { default: ReportThenDone };
});

export function LazyReportView(props: ViewProps) {
  return (
    <Suspense fallback={null}>
      <Report {...props} />
    </Suspense>
  );
}
