import { lazy, Suspense, useId, useState } from 'react';
import { TabStrip, type TabDef } from '../common/TabStrip.tsx';
import './analysis.css';

type Tab = 'resources' | 'lifecycle' | 'network';

const TABS: readonly TabDef<Tab>[] = [
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
 * containers start and stop, who can reach and see whom. A pane of its own below the canvas
 * (app/layout/Workspace.tsx), with WAI-ARIA tabs.
 */
export function AnalysisPanel() {
  const [tab, setTab] = useState<Tab>('resources');
  const id = useId();
  return (
    <section className="analysis" aria-label="Pod analysis">
      <TabStrip
        tabs={TABS}
        selected={tab}
        onSelect={setTab}
        label="Pod analysis views"
        tabId={(t) => `${id}-${t}`}
        panelId={`${id}-panel`}
        className="analysis-tabs"
        tabClassName="analysis-tab"
      />
      <div
        className="analysis-body"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${tab}`}
        // It scrolls in its pane: reachable by keyboard even when a view has no control.
        tabIndex={0}
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
