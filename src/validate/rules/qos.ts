import { parseQuantity } from '../../pod/quantity.ts';
import { compareValues, quantityValue } from '../../pod/quantity-api.ts';
import { isObj, objOf, type Obj, type RuleFamily, type WorkloadContext } from '../context.ts';
import { fieldServed } from '../api-fields.ts';
import { gateOffByDefault } from '../api-gates.ts';
import { isSet, podContainers } from './each.ts';

/**
 * Best practice about resources, as info: every container (init containers and sidecars too)
 * should ask for cpu and memory and cap its memory, and a pod whose app containers are set up for
 * the Guaranteed QoS class should not lose it to an init container (GetPodQOS looks at
 * `containers` and every `initContainers` entry).
 *
 * A CPU limit is not asked for: it throttles a container even when the node is idle, and many
 * teams leave it out on purpose. A request left out next to a limit counts as set, since the API
 * defaults it to the limit. With pod-level resources (1.34+) the pod's own budget covers its
 * containers, so neither rule applies.
 */
export const qos: RuleFamily = {
  ids: ['resources-missing', 'qos-guaranteed-broken-by-init'],
  workload(ctx, report) {
    if (podLevelResources(ctx)) return;
    const { document } = ctx;
    const containers = podContainers(ctx);
    for (const { view, raw } of containers) {
      const res = objOf(raw, 'resources');
      const requests = objOf(res, 'requests');
      const limits = objOf(res, 'limits');
      const missing = [
        !isSet(requests.cpu) && !isSet(limits.cpu) && 'requests.cpu',
        !isSet(requests.memory) && !isSet(limits.memory) && 'requests.memory',
        !isSet(limits.memory) && 'limits.memory',
      ].filter((m): m is string => Boolean(m));
      if (missing.length)
        report({
          ruleId: 'resources-missing',
          severity: 'info',
          document,
          path: [...view.path, 'resources'],
          detail: `not set: ${missing.join(', ')}. Requests let the scheduler reserve room for the container; a memory limit keeps it from using up the node's memory`,
        });
    }

    const apps = containers.filter((c) => c.view.list === 'containers');
    if (!apps.length || !apps.every((c) => guaranteed(c.raw))) return;
    for (const { view, raw } of containers)
      if (view.list === 'initContainers' && !guaranteed(raw))
        report({
          ruleId: 'qos-guaranteed-broken-by-init',
          severity: 'info',
          document,
          path: [...view.path, 'resources'],
          detail:
            'the app containers set cpu and memory limits equal to their requests, but this init container does not, and QoS counts init containers too: the pod is Burstable, not Guaranteed',
        });
  },
};

function podLevelResources(ctx: WorkloadContext): boolean {
  const res = objOf(ctx.spec, 'resources');
  return (
    fieldServed('PodSpec', 'resources', ctx.k8s) &&
    !gateOffByDefault('PodLevelResources', ctx.k8s) &&
    (isObj(res.requests) || isObj(res.limits))
  );
}

/**
 * True when a container qualifies for Guaranteed on its own: non-zero cpu and memory limits, and
 * requests equal to them (a missing request defaults to the limit).
 */
function guaranteed(container: Obj): boolean {
  const res = objOf(container, 'resources');
  const requests = objOf(res, 'requests');
  const limits = objOf(res, 'limits');
  return ['cpu', 'memory'].every((name) => {
    const limit = parseQuantity(limits[name]);
    if (!limit) return false;
    const lim = quantityValue(limit);
    if (lim.digits <= 0n) return false;
    if (!isSet(requests[name])) return true;
    const request = parseQuantity(requests[name]);
    return request !== undefined && compareValues(quantityValue(request), lim) === 0;
  });
}
