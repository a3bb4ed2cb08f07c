import { useId } from 'react';
import type { HostNetworkEffects, ProcessMap, ServiceRoute } from '../../src/analysis/network.ts';

const q = (s: string) => JSON.stringify(s);

/** "Service web, port 80/TCP (web)". */
function serviceSide(r: ServiceRoute): string {
  const name = r.name ? ` (${r.name})` : '';
  const node = r.nodePort !== undefined ? `, node port ${r.nodePort}` : '';
  return `Service ${r.service || '(unnamed)'}, port ${String(r.port)}/${r.protocol}${name}${node}`;
}

/** Where the route lands, in words. */
function targetSide(r: ServiceRoute): string {
  const via =
    typeof r.targetPort === 'string'
      ? `targetPort ${q(r.targetPort)}`
      : `targetPort ${r.targetPort}`;
  if (!r.target) return `${via}: reaches nothing`;
  const t = r.target;
  const name = t.name && r.reach !== 'named' ? ` (${t.name})` : '';
  return `${via} → ${t.container} ${String(t.port)}/${t.protocol}${name}`;
}

/** Each Service port of the design that selects the pod, and the container port it reaches. */
export function ServicePart({ routes }: { routes: ServiceRoute[] }) {
  const id = useId();
  return (
    <section className="network-part" aria-labelledby={id}>
      <h3 id={id}>Services → container ports</h3>
      {routes.length ? (
        <ul className="network-list" aria-label="Service port mapping">
          {routes.map((r) => (
            <li key={`${r.document}-${r.index}`} className="network-route" data-reach={r.reach}>
              {r.reach === 'none' ? <span aria-hidden="true">⚠ </span> : null}
              {serviceSide(r)} → {targetSide(r)}
              {r.note ? <span className="network-route-note">{r.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="network-note">No Service in the design selects this pod.</p>
      )}
    </section>
  );
}

/** What hostNetwork and host ports do on the node. */
export function HostPart({ host }: { host: HostNetworkEffects }) {
  const id = useId();
  return (
    <section className="network-part" aria-labelledby={id}>
      <h3 id={id}>{host.hostNetwork ? 'Host network' : 'Node'}</h3>
      <ul className="network-list" aria-label="Host network effects">
        {host.effects.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </section>
  );
}

/** Which containers see each other's processes, and what that exposes. */
export function ProcessPart({ processes }: { processes: ProcessMap }) {
  const id = useId();
  return (
    <section className="network-part" aria-labelledby={id}>
      <h3 id={id}>Processes</h3>
      <p className="network-process-summary">{processes.summary}</p>
      {processes.mode === 'shared' ? (
        <ul className="network-list" aria-label="Who sees whose processes">
          {processes.visibility.map((v) => (
            <li key={v.container}>
              {v.container} sees {v.sees.length ? v.sees.join(', ') : 'no other container'} (and the
              pause process)
            </li>
          ))}
        </ul>
      ) : null}
      {processes.exposures.length ? (
        <>
          <h4 className="network-subtitle">What that exposes</h4>
          <ul className="network-list" aria-label="What process sharing exposes">
            {processes.exposures.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
