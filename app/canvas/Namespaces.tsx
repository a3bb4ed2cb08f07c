import type { ReactNode } from 'react';
import type { PodView } from '../../src/pod/types.ts';

/**
 * The pod boundary's label: the pod is one network namespace (one IP, containers reach each other
 * on localhost), or, with hostNetwork, the node's network.
 */
export function PodLabel({ workload }: { workload: PodView }) {
  const host = workload.namespaces.hostNetwork;
  return (
    <div className="pod-label" data-host={host || undefined}>
      Pod
      <span className="pod-label-net">
        {host ? (
          <>
            <span aria-hidden="true">⚠ </span>host network: the node&apos;s IP and ports
          </>
        ) : (
          'shared network: localhost, one IP'
        )}
      </span>
    </div>
  );
}

/**
 * With shareProcessNamespace, one band around every container of the pod (init containers and
 * sidecars included), saying that they see each other's processes. Without it, the lanes as they are.
 */
export function ProcessBand({ workload, children }: { workload: PodView; children: ReactNode }) {
  if (!workload.namespaces.shareProcessNamespace) return <>{children}</>;
  const count = workload.containers.length;
  return (
    <div
      role="group"
      aria-labelledby="pid-band-title"
      aria-describedby="pid-band-note"
      className="pid-band"
    >
      <p className="pid-band-title">
        <span id="pid-band-title">Shared process namespace</span>
        <span id="pid-band-note" className="pid-band-note">
          {count > 1 ? `all ${count} containers` : 'every container of the pod'} see each
          other&apos;s processes (ps, signals, /proc)
        </span>
      </p>
      {children}
    </div>
  );
}
