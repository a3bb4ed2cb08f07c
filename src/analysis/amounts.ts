// Reading the resource amounts a design declares, once, for the resource and QoS analyses.
// Documents may hold anything: whatever is not a valid, non-negative quantity is left out and
// listed, so an analysis never throws and never counts a value the API server would refuse.

import type { ExactValue } from '../pod/quantity.ts';
import { parseQuantity } from '../pod/quantity.ts';
import { quantityValue } from '../pod/quantity-api.ts';
import type { ContainerView, PodView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import { atLeast, type K8sVersion } from '../validate/versions.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const objOf = (v: unknown, key: string): Obj => (isObj(v) && isObj(v[key]) ? v[key] : {});

/** Exact amounts per resource name (`cpu`, `memory`, …), in base units (cores, bytes). */
export type Amounts = Partial<Record<string, ExactValue>>;

/** A requests/limits pair as declared (before any defaulting). */
export interface Declared {
  requests: Amounts;
  limits: Amounts;
}

/** One container with what it declares. */
export interface ContainerAmounts extends Declared {
  view: ContainerView;
}

/** A value the analysis left out because the API server would refuse it. */
export interface IgnoredAmount {
  /** The field, e.g. `initContainers[1].resources.limits.cpu` or `overhead.memory`. */
  field: string;
  /** The value as JSON writes it (`"1 core"`, `{"a":1}`), cut to 60 characters. */
  value: string;
}

/** A value as JSON writes it, cut to 60 characters: a map must not read "[object Object]". */
function shown(raw: unknown): string {
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** Everything the analyses need from one workload's pod spec. */
export interface PodAmounts {
  /** Every container in the pod view's order: init containers (and native sidecars), then `containers`. */
  containers: ContainerAmounts[];
  /** `spec.overhead` (RuntimeClass overhead), added to the pod's requests and limits. */
  overhead: Amounts;
  /** `spec.resources` when the target version honours pod-level resources (1.34+), else `undefined`. */
  podLevel?: Declared;
  ignored: IgnoredAmount[];
}

/** Reads the declared requests, limits, overhead and pod-level resources of a workload's pod. */
export function readAmounts(pod: PodView, value: unknown, k8s: K8sVersion): PodAmounts {
  const spec = getPath(value, pod.specPath);
  const ignored: IgnoredAmount[] = [];
  const read = (map: unknown, field: string): Amounts => {
    const out: Amounts = {};
    if (!isObj(map)) return out;
    for (const [name, raw] of Object.entries(map)) {
      if (raw === null || raw === undefined) continue;
      const q = parseQuantity(raw);
      const v = q && quantityValue(q);
      if (v && v.digits >= 0n) out[name] = v;
      else ignored.push({ field: `${field}.${name}`, value: shown(raw) });
    }
    return out;
  };
  const containers = pod.containers.map((view) => {
    const res = objOf(getPath(value, view.path), 'resources');
    const field = `${view.list}[${view.index}].resources`;
    return {
      view,
      requests: read(res.requests, `${field}.requests`),
      limits: read(res.limits, `${field}.limits`),
    };
  });
  const overhead = read(isObj(spec) ? spec.overhead : undefined, 'overhead');
  const podRes = objOf(spec, 'resources');
  const podLevel =
    atLeast(k8s, '1.34') && (isObj(podRes.requests) || isObj(podRes.limits))
      ? {
          requests: read(podRes.requests, 'resources.requests'),
          limits: read(podRes.limits, 'resources.limits'),
        }
      : undefined;
  return { containers, overhead, ...(podLevel ? { podLevel } : {}), ignored };
}

/** True for a positive amount (zero counts as unset for limits and QoS, as in the kubelet). */
export function isPositive(v: ExactValue | undefined): v is ExactValue {
  return v !== undefined && v.digits > 0n;
}
