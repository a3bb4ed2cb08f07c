import { lazy, Suspense, useRef, type KeyboardEvent } from 'react';
import { useApp } from '../store/context.tsx';
import type { AppState, InspectorTab } from '../store/index.ts';
import { selectSelected } from '../store/selectors.ts';

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

const TABS: { id: InspectorTab; label: string }[] = [
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
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = (index + step + TABS.length) % TABS.length;
    setTab(TABS[next]!.id);
    tabs.current[next]?.focus();
  };

  return (
    <section className="pane inspector" aria-label="Inspector">
      <div className="inspector-tabs" role="tablist" aria-label="Inspector sections">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`inspector-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls="inspector-panel"
            tabIndex={tab === t.id ? 0 : -1}
            className="inspector-tab"
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        className="inspector-body"
        role="tabpanel"
        id="inspector-panel"
        aria-labelledby={`inspector-tab-${tab}`}
        data-container={tab === 'container' ? containerName : undefined}
      >
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
