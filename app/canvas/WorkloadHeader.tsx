import { useId } from 'react';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { selectWorkload, selectWorkloads } from '../store/selectors.ts';

const selectChoose = (s: AppState) => s.selectWorkload;

/** The shown workload's kind and name; a "Workload" switcher when the design has several. */
export function WorkloadHeader() {
  const workloads = useApp(selectWorkloads);
  const workload = useApp(selectWorkload);
  const choose = useApp(selectChoose);
  const selectId = useId();
  const ns = workload?.namespaces;
  // Host namespaces weaken the pod's isolation: warnings, in words. Its own user namespace
  // strengthens it.
  const warnings = ns
    ? [
        ns.hostNetwork && ['host network', "uses the node's network and IP"],
        ns.hostPID && ['host PID', "sees the node's processes"],
        ns.hostIPC && ['host IPC', "shares the node's IPC"],
      ].filter((f): f is string[] => Array.isArray(f))
    : [];

  return (
    <header className="pane-head canvas-head">
      {workloads.length > 1 ? (
        <div className="switcher">
          <label htmlFor={selectId}>Workload</label>
          <select
            id={selectId}
            value={workload?.document ?? ''}
            onChange={(e) => choose(Number(e.target.value))}
          >
            {workloads.map((w) => (
              <option key={w.document} value={w.document}>
                {w.kind} {w.name || `(document ${w.document + 1})`}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <h2>
          {workload ? (
            <>
              <span className="kind">{workload.kind}</span> {workload.name || '(unnamed)'}
            </>
          ) : (
            'Pod'
          )}
        </h2>
      )}
      {ns?.namespace ? <span className="pill">namespace {ns.namespace}</span> : null}
      {ns?.shareProcessNamespace ? <span className="pill">shared process namespace</span> : null}
      {ns?.hostUsers === false ? <span className="pill pill-ok">own user namespace</span> : null}
      {warnings.map(([short, long]) => (
        <span key={short} className="pill pill-warn" title={`The pod ${long}.`}>
          <span aria-hidden="true">⚠ </span>
          {short}: {long}
        </span>
      ))}
    </header>
  );
}
