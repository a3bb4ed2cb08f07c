import { lazy, Suspense } from 'react';
import { TabStrip, type TabDef } from '../common/TabStrip.tsx';
import { useApp } from '../store/context.tsx';
import type { AppState, InspectorTab } from '../store/index.ts';
import { selectSelected, selectStale } from '../store/selectors.ts';

// The panels load after the canvas: the first visit's JavaScript stays within its budget, and
// the forms arrive long before anyone can reach them.
const ContainerPanel = lazy(() =>
  import('./container/ContainerPanel.tsx').then((m) => ({ default: m.ContainerPanel })),
);
const VolumePanel = lazy(() =>
  import('./volume/VolumePanel.tsx').then((m) => ({ default: m.VolumePanel })),
);
const PodPanel = lazy(() => import('./pod/PodPanel.tsx').then((m) => ({ default: m.PodPanel })));
const WorkloadPanel = lazy(() =>
  import('./workload/WorkloadPanel.tsx').then((m) => ({ default: m.WorkloadPanel })),
);
const ServicePanel = lazy(() =>
  import('./service/ServicePanel.tsx').then((m) => ({ default: m.ServicePanel })),
);

const TABS: readonly TabDef<InspectorTab>[] = [
  { id: 'container', label: 'Container' },
  { id: 'volume', label: 'Volume' },
  { id: 'pod', label: 'Pod' },
  { id: 'workload', label: 'Workload' },
  { id: 'service', label: 'Service' },
];

const selectTab = (s: AppState) => s.inspectorTab;
const selectSetTab = (s: AppState) => s.setInspectorTab;
const selectContainerName = (s: AppState) => selectSelected(s)?.name;

/** The forms beside the canvas: one tab per thing a pod design is made of (WAI-ARIA tabs). */
export function Inspector() {
  const tab = useApp(selectTab);
  const setTab = useApp(selectSetTab);
  const containerName = useApp(selectContainerName);
  const stale = useApp(selectStale);
  return (
    <section className="pane inspector" aria-label="Inspector">
      <TabStrip
        tabs={TABS}
        selected={tab}
        onSelect={setTab}
        label="Inspector sections"
        tabId={(t) => `inspector-tab-${t}`}
        panelId="inspector-panel"
        className="inspector-tabs"
        tabClassName="inspector-tab"
      />
      <div
        className="inspector-body"
        role="tabpanel"
        id="inspector-panel"
        aria-labelledby={`inspector-tab-${tab}`}
        data-container={tab === 'container' ? containerName : undefined}
      >
        {stale ? (
          <p className="inspector-stale" role="status">
            The YAML has errors: these are the values of the last valid design, read-only until the
            YAML is fixed.
          </p>
        ) : null}
        <Suspense fallback={<p className="panel-empty">Loading the forms…</p>}>
          {tab === 'container' ? <ContainerPanel /> : null}
          {tab === 'volume' ? <VolumePanel /> : null}
          {tab === 'pod' ? <PodPanel /> : null}
          {tab === 'workload' ? <WorkloadPanel /> : null}
          {tab === 'service' ? <ServicePanel /> : null}
        </Suspense>
      </div>
    </section>
  );
}
