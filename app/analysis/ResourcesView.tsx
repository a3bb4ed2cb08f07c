import { LISTED_ROLE_WORDS as ROLE } from '../../src/pod/roles.ts';
import { useId, useMemo } from 'react';
import { podQos, type PodQos } from '../../src/analysis/qos.ts';
import {
  limitReasons,
  limitWords,
  requestReason,
  RESOURCE_WORDS,
} from '../../src/analysis/resource-words.ts';
import {
  podResources,
  type ContainerResources,
  type LimitAmounts,
  type PodResources,
  type RequestAmounts,
  type ResourceName,
} from '../../src/analysis/resources.ts';
import { reservesOf, type ReserveGroup } from '../../src/diagram/reserves.ts';
import type { PodView } from '../../src/pod/types.ts';
import type { K8sVersion } from '../../src/validate/versions.ts';
import { useScrollsSideways } from '../common/useScrollsSideways.ts';
import { useApp } from '../store/context.tsx';
import {
  selectK8sVersion,
  selectShownValues,
  selectStale,
  selectWorkload,
} from '../store/selectors.ts';
import type { AppState } from '../store/types.ts';
import { ReservesChart } from './ReservesChart.tsx';
import './resources.css';

/** Resource names as a table heads its rows. */
const RESOURCE_LABEL: Record<ResourceName, string> = {
  cpu: 'CPU',
  memory: 'Memory',
  'ephemeral-storage': 'Ephemeral storage',
};

/**
 * The shown workload's pod as the current text has it (partial while the text has errors), so that
 * its container paths match the parsed value below. Both are kept in the state: equal between renders.
 */
const selectPod = (s: AppState): PodView | undefined => {
  const shown = selectWorkload(s);
  return shown && s.view.workloads.find((w) => w.document === shown.document);
};
const selectDocument = (s: AppState): unknown => {
  const shown = selectWorkload(s);
  return shown ? selectShownValues(s)[shown.document] : undefined;
};

/**
 * What the pod reserves: its effective requests and limits the way the scheduler computes them,
 * the phase that sets each, a breakdown per container and the QoS class; follows every edit.
 */
export default function ResourcesView() {
  const pod = useApp(selectPod);
  const value = useApp(selectDocument);
  const k8s = useApp(selectK8sVersion);
  const stale = useApp(selectStale);
  const analysis = useMemo(() => {
    if (!pod) return undefined;
    const resources = podResources(pod, value, k8s);
    return { resources, reserves: reservesOf(resources), qos: podQos(pod, value, k8s) };
  }, [pod, value, k8s]);
  if (!analysis) return <p className="panel-empty">No pod to analyse.</p>;
  const { resources, reserves, qos } = analysis;
  return (
    <div className="resources">
      {stale ? (
        <p className="resources-note">
          The YAML has errors: this follows the text as far as it parses.
        </p>
      ) : null}
      <Totals resources={resources} reserves={reserves} k8s={k8s} />
      <Qos qos={qos} />
      <PerContainer resources={resources} />
      <Notes resources={resources} k8s={k8s} />
    </div>
  );
}

function Totals({
  resources,
  reserves,
  k8s,
}: {
  resources: PodResources;
  reserves: ReserveGroup[];
  k8s: K8sVersion;
}) {
  const id = useId();
  return (
    <section className="resources-part" aria-labelledby={id}>
      <h3 id={id}>What the pod reserves (Kubernetes {k8s})</h3>
      {/* The bars first; the table and the reasons below give the same amounts in words. */}
      <ReservesChart groups={reserves} />
      <table className="resources-table resources-totals">
        <caption>Pod totals</caption>
        <thead>
          <tr>
            <th scope="col">Resource</th>
            <th scope="col">Request</th>
            <th scope="col">Limit</th>
          </tr>
        </thead>
        <tbody>
          {resources.totals.map((t) => (
            <tr key={t.resource}>
              <th scope="row">{RESOURCE_LABEL[t.resource]}</th>
              <td>{t.request.total ?? '0'}</td>
              <td data-unlimited={t.limit.total === null || undefined}>
                {limitWords(t.limit.total)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="resources-why" aria-label="Why these totals">
        {resources.totals.map((t) => (
          <li key={`${t.resource}-request`}>{requestReason(resources, t)}</li>
        ))}
        {limitReasons(resources).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  );
}

function Qos({ qos }: { qos: PodQos }) {
  return (
    <p className="resources-qos" data-qos={qos.qosClass}>
      <strong>QoS class: {qos.qosClass}.</strong> {qos.reason}
    </p>
  );
}

function PerContainer({ resources }: { resources: PodResources }) {
  const [scroller, scrolls] = useScrollsSideways();
  const captionId = useId();
  const names = resources.totals.map((t) => t.resource);
  // Which init phase sets which pod request, said in words in that container's row.
  const sets = new Map<string, ResourceName[]>();
  for (const t of resources.totals) {
    const d = t.request.dominant;
    if (d?.kind === 'init') sets.set(d.container, [...(sets.get(d.container) ?? []), t.resource]);
  }
  return (
    // Narrow canvases scroll the table sideways; then the keyboard reaches it to scroll it too.
    <div
      ref={scroller}
      className="resources-scroll"
      role={scrolls ? 'region' : undefined}
      aria-labelledby={scrolls ? captionId : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
      <table className="resources-table resources-containers">
        <caption id={captionId}>Per container</caption>
        <thead>
          <tr>
            <th scope="col">Container and role</th>
            <th scope="col">Requests</th>
            <th scope="col">Limits</th>
            <th scope="col">Init phase request</th>
          </tr>
        </thead>
        <tbody>
          {resources.containers.map((c, i) => (
            <tr key={`${i}-${c.name}`} className={`role-${c.role}`}>
              <th scope="row">
                <span className="resources-name">{c.name || '(no name)'}</span>{' '}
                <RoleText container={c} />
              </th>
              <td>
                <Lines parts={requestParts(c, names)} empty="none" />
              </td>
              <td>
                <Lines parts={limitParts(c.limits, names)} empty="no limit" />
              </td>
              <td>
                {c.initPhase ? (
                  <Lines parts={amountParts(c.initPhase.requests, names)} empty="none" />
                ) : (
                  'runs all along'
                )}
                {sets.has(c.name) ? (
                  <strong className="resources-sets">
                    {' '}
                    Sets the pod&apos;s{' '}
                    {sets
                      .get(c.name)!
                      .map((r) => RESOURCE_WORDS[r])
                      .join(' and ')}{' '}
                    request.
                  </strong>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RoleText({ container }: { container: ContainerResources }) {
  return (
    <span className="resources-role">
      {ROLE[container.role]}
      {container.runsAs !== container.role ? ` (runs as ${ROLE[container.runsAs]})` : ''}
    </span>
  );
}

function Notes({ resources, k8s }: { resources: PodResources; k8s: K8sVersion }) {
  const sidecarsOff =
    !resources.nativeSidecars && resources.containers.some((c) => c.role === 'native-sidecar');
  return (
    <>
      {sidecarsOff ? (
        <p className="resources-note">
          Kubernetes {k8s} does not run native sidecars: each counts as a plain init container that
          runs alone, and not beside the app containers.
        </p>
      ) : null}
      {resources.podLevel ? (
        <p className="resources-note">
          Pod-level resources (spec.resources) set the pod&apos;s CPU and memory.
        </p>
      ) : null}
      {resources.ignored.length ? (
        <p className="resources-note">
          Left out, not valid quantities:{' '}
          {resources.ignored.map((i) => `${i.field} (${i.value})`).join(', ')}.
        </p>
      ) : null}
    </>
  );
}

/** Amounts one per line; the commas keep them apart for screen readers and copied text. */
function Lines({ parts, empty }: { parts: string[]; empty: string }) {
  if (!parts.length) return <>{empty}</>;
  return (
    <>
      {parts.map((p, i) => (
        <span key={p} className="resources-amount">
          {p}
          {i < parts.length - 1 ? ', ' : ''}
        </span>
      ))}
    </>
  );
}

/** ["CPU 250m", "memory 256Mi"]: the resources set. */
function amountParts(amounts: RequestAmounts, names: ResourceName[]): string[] {
  return names
    .filter((r) => amounts[r] !== undefined)
    .map((r) => `${RESOURCE_WORDS[r]} ${amounts[r]}`);
}

function requestParts(c: ContainerResources, names: ResourceName[]): string[] {
  return names
    .filter((r) => c.requests[r] !== undefined)
    .map(
      (r) =>
        `${RESOURCE_WORDS[r]} ${c.requests[r]}${c.defaulted.includes(r) ? ' (its limit)' : ''}`,
    );
}

/** ["CPU 1", "memory no limit"]; none when no limit is set at all. */
function limitParts(limits: RequestAmounts | LimitAmounts, names: ResourceName[]): string[] {
  if (!names.some((r) => limits[r])) return [];
  return names.map((r) => `${RESOURCE_WORDS[r]} ${limitWords(limits[r])}`);
}
