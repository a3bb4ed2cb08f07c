import { lazy, Suspense, useEffect } from 'react';
import { canvasShown } from '../common/canvasFirst.ts';
import { useApp } from '../store/context.tsx';
import { selectObjects, selectStale, selectWorkload } from '../store/selectors.ts';
import { StaleBanner } from './StaleBanner.tsx';
import { useDiagramPane } from './useDiagramPane.ts';
import { WorkloadHeader } from './WorkloadHeader.tsx';

// Loaded only for designs with more than a workload: most first visits never need it.
const Objects = lazy(() => import('./Objects.tsx').then((m) => ({ default: m.Objects })));

export function Canvas() {
  const workload = useApp(selectWorkload);
  const stale = useApp(selectStale);
  const hasObjects = useApp((s) => selectObjects(s).length > 0);
  const { pane: DiagramPane, error } = useDiagramPane();
  // Without a workload there is no picture to wait for (DiagramPane says when it has drawn one).
  useEffect(() => {
    if (!workload) canvasShown();
  }, [workload]);
  return (
    <section className="pane canvas" aria-label="Pod canvas" data-stale={stale || undefined}>
      <WorkloadHeader />
      <StaleBanner />
      {!workload ? (
        <NoWorkload />
      ) : DiagramPane ? (
        <DiagramPane pod={workload} stale={stale} />
      ) : error ? (
        <p className="empty-state" role="alert">
          The diagram could not be loaded ({error}). The design is safe: edit it in the YAML editor,
          or reload the page to try again.
        </p>
      ) : (
        <div className="diagram" />
      )}
      {hasObjects ? (
        <Suspense fallback={null}>
          <Objects />
        </Suspense>
      ) : null}
    </section>
  );
}

function NoWorkload() {
  return (
    <div className="empty-state">
      <p>
        <strong>No Pod or workload in the YAML.</strong>
      </p>
      <p>
        Paste a Pod, Deployment, StatefulSet, DaemonSet, Job or CronJob into the editor, or undo
        your last change.
      </p>
    </div>
  );
}
