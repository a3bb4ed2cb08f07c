import { useDndContext, useDroppable } from '@dnd-kit/core';
import { lazy, Suspense } from 'react';
import type { PodView, Role } from '../../src/pod/types.ts';
import { POD_DROP_ID, paletteDragData } from '../dnd/ids.ts';
import { useApp } from '../store/context.tsx';
import { selectObjects, selectStale, selectWorkload } from '../store/selectors.ts';
import { AnalysisPanel } from '../analysis/AnalysisPanel.tsx';
import { Lane } from './Lane.tsx';
import { PodLabel, ProcessBand } from './Namespaces.tsx';
import { StaleBanner } from './StaleBanner.tsx';
import { VolumeTray } from './VolumeTray.tsx';
import { WorkloadHeader } from './WorkloadHeader.tsx';

// Loaded only for designs with more than a workload: most first visits never need it.
const Objects = lazy(() => import('./Objects.tsx').then((m) => ({ default: m.Objects })));

/** Lanes in start order: init containers and native sidecars (one list), sidecars, main. */
const LANES: { id: string; title: string; roles: Role[]; empty: string }[] = [
  {
    id: 'init',
    title: 'Init containers',
    roles: ['init', 'native-sidecar'],
    empty: 'No init containers or native sidecars. They start first, in order.',
  },
  {
    id: 'sidecar',
    title: 'Sidecars',
    roles: ['sidecar'],
    empty: 'No classic sidecars.',
  },
  { id: 'main', title: 'Main container', roles: ['main'], empty: 'No main container.' },
];

export function Canvas() {
  const workload = useApp(selectWorkload);
  const stale = useApp(selectStale);
  const hasObjects = useApp((s) => selectObjects(s).length > 0);
  return (
    <section className="pane canvas" aria-label="Pod canvas" data-stale={stale || undefined}>
      <WorkloadHeader />
      <StaleBanner />
      {workload ? <Pod workload={workload} stale={stale} /> : <NoWorkload />}
      {hasObjects ? (
        <Suspense fallback={null}>
          <Objects />
        </Suspense>
      ) : null}
      {workload ? <AnalysisPanel /> : null}
    </section>
  );
}

function Pod({ workload, stale }: { workload: PodView; stale: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: POD_DROP_ID });
  const { active } = useDndContext();
  const dragRole = paletteDragData(active?.data.current)?.role;
  return (
    <div
      ref={setNodeRef}
      className="pod"
      data-over={(isOver && dragRole !== undefined) || undefined}
      data-dragging={dragRole ? true : undefined}
    >
      <PodLabel workload={workload} />
      <ProcessBand workload={workload}>
        {LANES.map((lane) => (
          <Lane
            key={lane.id}
            id={lane.id}
            title={lane.title}
            empty={lane.empty}
            containers={workload.containers.filter((c) => lane.roles.includes(c.role))}
            ordered={lane.id === 'init'}
            target={dragRole !== undefined && lane.roles.includes(dragRole)}
            stale={stale}
          />
        ))}
      </ProcessBand>
      <VolumeTray pod={workload} />
      {isOver && dragRole ? <p className="drop-hint">Drop to add it to the pod</p> : null}
    </div>
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
