import type { Role } from '../pod/types.ts';
import type { Path } from '../yaml/path.ts';
import { setHandler, type HandlerKind } from './handlers.ts';

/** The three probes of a container, by their YAML keys. */
export const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
export type ProbeKey = (typeof PROBES)[number];

/** The timing fields of a probe: what they are called and what Kubernetes fills in when absent. */
export const PROBE_TIMINGS = [
  { key: 'initialDelaySeconds', label: 'Initial delay seconds', min: 0, default: 0 },
  { key: 'periodSeconds', label: 'Period seconds', min: 1, default: 10 },
  { key: 'timeoutSeconds', label: 'Timeout seconds', min: 1, default: 1 },
  { key: 'successThreshold', label: 'Success threshold', min: 1, default: 1 },
  { key: 'failureThreshold', label: 'Failure threshold', min: 1, default: 3 },
  // No default: unset, the pod's own terminationGracePeriodSeconds applies.
  { key: 'terminationGracePeriodSeconds', label: 'Termination grace period seconds', min: 1 },
] as const satisfies readonly { key: string; label: string; min: number; default?: number }[];
export type TimingKey = (typeof PROBE_TIMINGS)[number]['key'];

/**
 * The timing fields a probe can have. A readiness probe may not set terminationGracePeriodSeconds
 * (the API server rejects it: readiness failures never kill the container), so it is offered only
 * when the YAML already has it, to be seen and cleared.
 */
export function probeTimings(probe: ProbeKey, present: readonly string[] = []) {
  return PROBE_TIMINGS.filter(
    (t) =>
      t.key !== 'terminationGracePeriodSeconds' ||
      probe !== 'readinessProbe' ||
      present.includes(t.key),
  );
}

/**
 * Why `n` is not acceptable for a timing field of a probe, or `undefined`. Kubernetes replaces a
 * zero period, timeout or threshold by its default, so the forms ask for at least 1 and say why.
 */
export function timingProblem(probe: ProbeKey, key: TimingKey, n: number): string | undefined {
  if (!Number.isInteger(n)) return 'Enter a whole number.';
  if (key === 'terminationGracePeriodSeconds') {
    if (probe === 'readinessProbe') return 'A readiness probe cannot set this; clear the field.';
    if (n < 1) return 'Must be greater than 0.';
    return undefined;
  }
  if (key === 'successThreshold' && probe !== 'readinessProbe' && n !== 1)
    return `Must be 1 for a ${probe === 'livenessProbe' ? 'liveness' : 'startup'} probe: only a readiness probe can ask for several successes.`;
  const min = PROBE_TIMINGS.find((t) => t.key === key)!.min;
  if (n < min)
    return min === 0 ? 'Must be 0 or more.' : 'Must be at least 1 (0 means the default).';
  return undefined;
}

/**
 * Whether a container may have probes and lifecycle hooks. Init containers run to completion
 * before the others start, so Kubernetes rejects both on them; native sidecars (restartPolicy:
 * Always) run beside the app and may have them.
 */
export function canHaveProbes(role: Role): boolean {
  return role !== 'init';
}

/**
 * Chooses a probe's handler (exec, httpGet, tcpSocket, grpc), or with `null` removes the probe.
 * A new httpGet probe checks `/` on the container's first port; switching handlers keeps timings.
 */
export function setProbeHandler(
  text: string,
  op: { document: number; container: Path; probe: ProbeKey; kind: HandlerKind | null },
): string {
  return setHandler(text, {
    document: op.document,
    path: [...op.container, op.probe],
    container: op.container,
    family: 'probe',
    kind: op.kind,
  });
}
