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
  const flags = ns
    ? [
        ns.shareProcessNamespace && 'shared process namespace',
        ns.hostNetwork && 'host network',
        ns.hostPID && 'host PID',
        ns.hostIPC && 'host IPC',
        ns.hostUsers === false && 'user namespace',
      ].filter((f): f is string => typeof f === 'string')
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
      {flags.map((f) => (
        <span key={f} className="pill pill-warn">
          {f}
        </span>
      ))}
    </header>
  );
}
