import { useId, useMemo } from 'react';
import {
  designServices,
  networkMap,
  type NetworkMap,
  type NetworkPort,
  type PortConflict,
} from '../../src/analysis/network.ts';
import { LISTED_ROLE_WORDS as ROLE } from '../../src/pod/roles.ts';
import { useApp } from '../store/context.tsx';
import {
  selectK8sVersion,
  selectObjects,
  selectShownValues,
  selectStale,
  selectWorkload,
} from '../store/selectors.ts';
import type { AppState } from '../store/types.ts';
import { HostPart, ProcessPart, ServicePart } from './NetworkParts.tsx';
import './network.css';

const KIND: Record<PortConflict['kind'], string> = {
  'same-port': 'same port',
  'host-port': 'same host port',
  'host-network': 'hostPort differs from the port',
};

/** The shown workload's parsed document: kept in the state, so equal between renders. */
const selectDocument = (s: AppState): unknown => {
  const workload = selectWorkload(s);
  return workload ? selectShownValues(s)[workload.document] : undefined;
};

/**
 * Who can reach and see whom in the shown pod: its ports with their conflicts, where each
 * Service port lands, what hostNetwork and host ports do on the node, and the process view.
 * Derived from the design for the target version, so it follows every edit.
 */
export default function NetworkView() {
  const workload = useApp(selectWorkload);
  const value = useApp(selectDocument);
  const values = useApp(selectShownValues);
  const objects = useApp(selectObjects);
  const k8s = useApp(selectK8sVersion);
  const stale = useApp(selectStale);
  const map = useMemo(
    () =>
      workload
        ? // While the text has errors its documents may not line up with the last good view.
          networkMap(workload, value, stale ? [] : designServices(values, objects), k8s)
        : undefined,
    [workload, value, values, objects, k8s, stale],
  );
  if (!workload || !map) return <p className="panel-empty">No pod to analyse.</p>;
  return (
    <div className="network">
      {stale ? (
        <p className="network-note">
          The YAML has errors: this follows the text as far as it parses, without Services.
        </p>
      ) : null}
      <PortsPart map={map} />
      <ServicePart routes={map.services} />
      <HostPart host={map.host} />
      <ProcessPart processes={map.processes} />
    </div>
  );
}

/** "Conflict: same port as "metrics"", for the table cell of port `index` (the list says why). */
function conflictWords(map: NetworkMap, index: number): string[] {
  return map.conflicts
    .filter((c) => c.ports.includes(index))
    .map((c) => {
      const others = [
        ...new Set(c.ports.filter((i) => i !== index).map((i) => map.ports[i]!.container)),
      ];
      const whom = others.length ? ` as ${others.map((o) => JSON.stringify(o)).join(', ')}` : '';
      return `Conflict: ${KIND[c.kind]}${whom}`;
    });
}

function portText(p: NetworkPort) {
  return `${String(p.port) || '(none)'}/${p.protocol}`;
}

function PortsPart({ map }: { map: NetworkMap }) {
  const id = useId();
  return (
    <section className="network-part" aria-labelledby={id}>
      <h3 id={id}>Ports</h3>
      <p className="network-note">
        {map.host.hostNetwork
          ? "The containers use the node's network: every port below is a port of the node."
          : 'The containers share one network namespace: one IP, and they reach each other on localhost, so a port belongs to the whole pod.'}
      </p>
      {map.ports.length ? (
        <table className="network-table">
          <caption className="visually-hidden">Ports of the pod</caption>
          <thead>
            <tr>
              <th scope="col">Container</th>
              <th scope="col">Name</th>
              <th scope="col">Port / protocol</th>
              <th scope="col">Host port</th>
              <th scope="col">Conflicts</th>
            </tr>
          </thead>
          <tbody>
            {map.ports.map((p, i) => {
              const conflicts = conflictWords(map, i);
              return (
                <tr key={i} data-conflict={conflicts.length > 0 || undefined}>
                  <th scope="row">
                    {p.container}
                    <span className="network-role">
                      {' '}
                      ({ROLE[p.role]}
                      {p.concurrent ? '' : ', runs alone before the others'})
                    </span>
                  </th>
                  <td>{p.name ?? <span className="network-none">none</span>}</td>
                  <td className="network-port">{portText(p)}</td>
                  <td>
                    {p.hostPort !== undefined ? (
                      <>
                        {p.hostPort}{' '}
                        {p.hostIP ? <span className="network-host-ip">on {p.hostIP}</span> : null}
                      </>
                    ) : (
                      <span className="network-none">none</span>
                    )}
                  </td>
                  <td>
                    {conflicts.length ? (
                      conflicts.map((c) => (
                        <span key={c} className="network-conflict">
                          <span aria-hidden="true">⚠ </span>
                          {c}
                        </span>
                      ))
                    ) : (
                      <span className="network-none">none</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="network-note">No container declares a port.</p>
      )}
      {map.conflicts.length ? (
        <ul className="network-list" aria-label="Port conflicts">
          {map.conflicts.map((c) => (
            <li key={c.message} className="network-conflict" data-severity={c.severity}>
              <span aria-hidden="true">⚠ </span>
              <strong>{c.severity === 'error' ? 'Error' : 'Warning'}:</strong> {c.message}
            </li>
          ))}
        </ul>
      ) : map.ports.length ? (
        <p className="network-note">
          <span aria-hidden="true">✓ </span>No port conflicts.
        </p>
      ) : null}
    </section>
  );
}
