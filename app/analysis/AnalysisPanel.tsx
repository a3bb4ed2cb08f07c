import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import './analysis.css';

type Tab = 'resources' | 'lifecycle' | 'network';

const TABS: { id: Tab; label: string }[] = [
  { id: 'resources', label: 'Resources' },
  { id: 'lifecycle', label: 'Start and stop' },
  { id: 'network', label: 'Network and processes' },
];

// Each view loads when first shown: none of them is needed to draw the canvas.
const ResourcesView = lazy(() => import('./ResourcesView.tsx'));
const LifecycleView = lazy(() => import('./LifecycleView.tsx'));
const NetworkView = lazy(() => import('./NetworkView.tsx'));

/**
 * What the pod will actually do, derived from the design: what it reserves, in which order its
 * containers start and stop, who can reach and see whom. A region below the pod (WAI-ARIA tabs).
 */
export function AnalysisPanel() {
  const [tab, setTab] = useState<Tab>('resources');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = (index + step + TABS.length) % TABS.length;
    setTab(TABS[next]!.id);
    tabs.current[next]?.focus();
  };
  return (
    <section className="analysis" aria-label="Pod analysis">
      <div className="analysis-tabs" role="tablist" aria-label="Pod analysis views">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${id}-panel`}
            tabIndex={tab === t.id ? 0 : -1}
            className="analysis-tab"
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        className="analysis-body"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${tab}`}
      >
        <Suspense fallback={<p className="panel-empty">Loading…</p>}>
          {tab === 'resources' ? <ResourcesView /> : null}
          {tab === 'lifecycle' ? <LifecycleView /> : null}
          {tab === 'network' ? <NetworkView /> : null}
        </Suspense>
      </div>
    </section>
  );
}
