import { lazy, Suspense, useEffect } from 'react';
import { canvasShown } from '../common/canvasFirst.ts';
import { useApp } from '../store/context.tsx';
import {
  selectForeign,
  selectObjects,
  selectReading,
  selectStale,
  selectWorkload,
} from '../store/selectors.ts';
import { useDiagramPane } from './useDiagramPane.ts';
import { WorkloadHeader } from './WorkloadHeader.tsx';

// Loaded only for designs with more than a workload: most first visits never need it.
const Objects = lazy(() => import('./Objects.tsx').then((m) => ({ default: m.Objects })));
// Loaded when the text first has errors, is something else or is read in the background.
const StaleBanner = lazy(() =>
  import('./StaleBanner.tsx').then((m) => ({ default: m.StaleBanner })),
);

export function Canvas() {
  const workload = useApp(selectWorkload);
  const stale = useApp(selectStale);
  const reading = useApp(selectReading);
  const foreign = useApp((s) => selectForeign(s) !== undefined);
  const hasObjects = useApp((s) => selectObjects(s).length > 0);
  const { pane: DiagramPane, error } = useDiagramPane();
  // Without a workload there is no picture to wait for (DiagramPane says when it has drawn one).
  useEffect(() => {
    if (!workload) canvasShown();
  }, [workload]);
  return (
    <section className="pane canvas" aria-label="Pod canvas" data-stale={stale || undefined}>
      <WorkloadHeader />
      {stale || reading || foreign ? (
        <Suspense fallback={null}>
          <StaleBanner />
        </Suspense>
      ) : null}
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
