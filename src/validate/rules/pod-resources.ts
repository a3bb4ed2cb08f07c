import type { Path } from '../../yaml/path.ts';
import { addValues, compareValues, printValue } from '../../pod/quantity-api.ts';
import { isObj, listOf, objOf, type Obj, type RuleFamily } from '../context.ts';
import { forbidden, invalid, reportErrors, type ErrorList } from '../field.ts';
import { isSet } from './each.ts';
import {
  apiQuantity,
  podClaimNames,
  validatePodResourceRequirements,
  type ApiQuantity,
} from './container-resources.ts';
import { gateKeeps } from './lifecycle.ts';
import { isHugePageResourceName } from './resource-names.ts';

// Pod-level resources (`spec.resources`, PodLevelResources: alpha in 1.32, beta and on by default
// in 1.34): validatePodResources and validatePodResourceConsistency
// (pkg/apis/core/validation/validation.go), with AggregateContainerRequests /
// AggregateContainerLimits of k8s.io/component-helpers/resource and defaultPodRequests of
// pkg/apis/core/v1/defaults.go, Kubernetes 1.34.1 vendored in openshift/openshift-apiserver@56aa2d96e.
// A request above the pod-level limit as written is the resources family's.

type Totals = Map<string, ApiQuantity>;

/** `addResourceList`: a sum keeps the format of the first quantity added. */
function addTo(list: Totals, name: string, q: ApiQuantity): void {
  const had = list.get(name);
  if (!had) return void list.set(name, q);
  const value = addValues(had.value, q.value);
  list.set(name, { value, format: had.format, text: printValue(value, had.format) });
}

function maxInto(list: Totals, other: Totals): void {
  for (const [name, q] of other) {
    const had = list.get(name);
    if (!had || compareValues(q.value, had.value) > 0) list.set(name, q);
  }
}

/** A container's requests or limits; on a Pod a missing request is its limit (SetDefaults_Pod). */
function own(container: unknown, kind: 'requests' | 'limits', pod: boolean): Totals {
  const res = objOf(container, 'resources');
  const out: Totals = new Map();
  const add = (map: Obj) => {
    for (const [name, raw] of Object.entries(map)) {
      const q = apiQuantity(raw);
      if (q && !out.has(name)) out.set(name, q);
    }
  };
  add(objOf(res, kind));
  if (kind === 'requests' && pod) add(objOf(res, 'limits'));
  return out;
}

/**
 * `AggregateContainerRequests` / `AggregateContainerLimits`: app containers and native sidecars
 * add up; each init container runs beside the sidecars before it; the pod needs the larger.
 */
export function aggregateContainers(spec: Obj, kind: 'requests' | 'limits', pod: boolean): Totals {
  const total: Totals = new Map();
  for (const c of listOf(spec.containers))
    for (const [name, q] of own(c, kind, pod)) addTo(total, name, q);
  const sidecars: Totals = new Map();
  const inits: Totals = new Map();
  for (const c of listOf(spec.initContainers)) {
    const mine = own(c, kind, pod);
    let phase: Totals;
    if (isObj(c) && c.restartPolicy === 'Always') {
      for (const [name, q] of mine) {
        addTo(total, name, q);
        addTo(sidecars, name, q);
      }
      phase = new Map(sidecars);
    } else {
      phase = new Map();
      for (const [name, q] of mine) addTo(phase, name, q);
      for (const [name, q] of sidecars) addTo(phase, name, q);
    }
    maxInto(inits, phase);
  }
  maxInto(total, inits);
  return total;
}

const quantities = (map: Obj): Totals => {
  const out: Totals = new Map();
  for (const [name, raw] of Object.entries(map)) {
    const q = apiQuantity(raw);
    if (q) out.set(name, q);
  }
  return out;
};

/**
 * `validatePodResourceConsistency`: pod-level requests cover the containers' aggregate requests,
 * pod-level hugepage limits their aggregate limits, and no app container's limit is above the
 * pod's (upstream's path for that one, `resources.containers[i][name].limits`, kept as is). On a
 * Pod, a missing pod-level cpu or memory request is defaulted to the containers' aggregate
 * (defaultPodRequests), which must then fit under the pod-level limit.
 */
export function validatePodResourceConsistency(spec: Obj, path: Path, pod: boolean): ErrorList {
  const errs: ErrorList = [];
  const res = objOf(spec, 'resources');
  const podRequests = quantities(objOf(res, 'requests'));
  const podLimits = quantities(objOf(res, 'limits'));
  const requests = aggregateContainers(spec, 'requests', pod);
  for (const [name, total] of requests) {
    const mine = podRequests.get(name);
    if (mine && compareValues(total.value, mine.value) > 0)
      errs.push(
        invalid(
          [...path, 'requests', name],
          mine.text,
          `must be greater than or equal to aggregate container requests of ${total.text}`,
        ),
      );
    const limit = podLimits.get(name);
    const defaulted = pod && !mine && !Object.hasOwn(objOf(res, 'requests'), name);
    if (defaulted && limit && (name === 'cpu' || name === 'memory'))
      if (compareValues(total.value, limit.value) > 0)
        errs.push(
          invalid(
            [...path, 'requests'],
            total.text,
            `must be less than or equal to ${name} limit of ${limit.text}`,
          ),
        );
  }
  for (const [name, total] of aggregateContainers(spec, 'limits', pod)) {
    const mine = podLimits.get(name);
    if (isHugePageResourceName(name) && mine && compareValues(total.value, mine.value) > 0)
      errs.push(
        invalid(
          [...path, 'limits', name],
          mine.text,
          `must be greater than or equal to aggregate container limits of ${total.text}`,
        ),
      );
  }
  listOf(spec.containers).forEach((c, i) => {
    for (const [name, limit] of own(c, 'limits', false)) {
      const mine = podLimits.get(name);
      if (mine && compareValues(limit.value, mine.value) > 0)
        errs.push(
          invalid(
            [...path, 'containers', i, name, 'limits'],
            limit.text,
            `must be less than or equal to pod limits of ${mine.text}`,
          ),
        );
    }
  });
  return errs;
}

/**
 * `validatePodResources`: none on a Windows pod, no claims, then the requirements and their
 * consistency with the containers.
 */
export function validatePodResources(
  spec: Obj,
  specPath: Path,
  podClaims: string[] | undefined,
  pod: boolean,
): ErrorList {
  const res = spec.resources;
  if (!isObj(res)) return [];
  const path = [...specPath, 'resources'];
  if (objOf(spec, 'os').name === 'windows')
    return [forbidden(path, 'may not be set for a windows pod')];
  const errs: ErrorList = [];
  if (isSet(res.claims))
    errs.push(forbidden([...path, 'claims'], 'claims may not be set for Resources at pod-level'));
  errs.push(...validatePodResourceRequirements(res, podClaims, path));
  errs.push(...validatePodResourceConsistency(spec, path, pod));
  return errs;
}

/** validatePodResources for every workload's pod, while PodLevelResources keeps the field. */
export const podResources: RuleFamily = {
  ids: ['pod-resources-invalid'],
  workload(ctx, report) {
    // spec.resources is served from 1.32 and dropped while PodLevelResources is off (1.32, 1.33).
    if (!gateKeeps('PodLevelResources', ctx.k8s, '1.32')) return;
    const base = {
      ruleId: 'pod-resources-invalid',
      severity: 'error' as const,
      document: ctx.document,
    };
    reportErrors(
      report,
      base,
      validatePodResources(
        ctx.spec,
        ctx.pod.specPath,
        podClaimNames(ctx.spec, ctx.k8s),
        ctx.pod.kind === 'Pod',
      ),
    );
  },
};
