import { WORKLOADS } from '../../pod/kinds.ts';
import { parseQuantity } from '../../pod/quantity.ts';
import {
  canonicalQuantity,
  compareQuantities,
  isWholeQuantity,
  quantityDecodeError,
} from '../../pod/quantity-api.ts';
import { getPath } from '../../pod/view.ts';
import type { Path } from '../../yaml/path.ts';
import { isObj, listOf, objOf, quote, type Report, type RuleFamily } from '../context.ts';
import { fieldServed } from '../api-fields.ts';
import { gateOffByDefault } from '../api-gates.ts';
import { mebiFromMilli } from '../remedies.ts';
import type { Severity } from '../types.ts';
import { podContainers } from './each.ts';
import { isOvercommitAllowed } from './resource-names.ts';

/** Resources the API warns about when not a whole number of bytes (warnings.go). */
const BYTE_RESOURCES = ['memory', 'ephemeral-storage'];

/**
 * Resource quantities. A string that is not a quantity ("512MB", "1.5 cores") fails decoding, so
 * the API server refuses the whole object (HTTP 400) whatever the kind: always an error. A request
 * above its limit is refused by `validateResourceRequirements` (compared exactly: "1" equals
 * "1000m"), with the values printed the way the API prints them. Fractional bytes ("512m", usually
 * meant as "512Mi") draw the API's warning.
 */
export const resources: RuleFamily = {
  ids: [
    'resource-quantity-invalid',
    'resource-request-exceeds-limit',
    'resource-memory-fractional',
  ],
  object(ctx, report) {
    if (ctx.kind !== 'PersistentVolumeClaim' || ctx.apiVersion !== 'v1') return;
    const res = getPath(ctx.value, ['spec', 'resources']);
    for (const group of ['requests', 'limits'])
      checkFormat(objOf(res, group), ['spec', 'resources', group], ctx.document, report);
  },
  workload(ctx, report) {
    const { document, pod, spec } = ctx;
    const severity = 'error' as const;
    const format = (value: unknown, path: Path) => checkFormat(value, path, document, report);
    for (const { view, raw } of podContainers(ctx)) {
      const at = [...view.path, 'resources'];
      const res = objOf(raw, 'resources');
      format(res.requests, [...at, 'requests']);
      format(res.limits, [...at, 'limits']);
      requestsWithinLimits(res, at, { document, severity }, report);
      for (const group of ['requests', 'limits'])
        for (const name of BYTE_RESOURCES) {
          const value = objOf(res, group)[name];
          const fixable = mebiFromMilli(value, { resources: res, group, name }) !== undefined;
          fractionalBytes(value, [...at, group, name], document, report, fixable);
        }
    }

    const podResources = objOf(spec, 'resources');
    format(podResources.requests, [...pod.specPath, 'resources', 'requests']);
    format(podResources.limits, [...pod.specPath, 'resources', 'limits']);
    // Pod-level resources are dropped before 1.34 (PodLevelResources was alpha, off by default).
    if (
      fieldServed('PodSpec', 'resources', ctx.k8s) &&
      !gateOffByDefault('PodLevelResources', ctx.k8s)
    )
      requestsWithinLimits(
        podResources,
        [...pod.specPath, 'resources'],
        { document, severity },
        report,
      );

    format(spec.overhead, [...pod.specPath, 'overhead']);
    const overhead = objOf(spec, 'overhead').memory;
    fractionalBytes(
      overhead,
      [...pod.specPath, 'overhead', 'memory'],
      document,
      report,
      mebiFromMilli(overhead) !== undefined,
    );

    listOf(spec.volumes).forEach((v, i) => {
      const at = [...pod.specPath, 'volumes', i];
      const sizeLimit = objOf(v, 'emptyDir').sizeLimit;
      if (sizeLimit !== undefined) format({ sizeLimit }, [...at, 'emptyDir']);
      const claim = getPath(v, ['ephemeral', 'volumeClaimTemplate', 'spec', 'resources']);
      const claimAt = [...at, 'ephemeral', 'volumeClaimTemplate', 'spec', 'resources'];
      format(objOf(claim, 'requests'), [...claimAt, 'requests']);
      format(objOf(claim, 'limits'), [...claimAt, 'limits']);
    });
    if (WORKLOADS[pod.kind].stableIdentity)
      listOf(getPath(ctx.value, ['spec', 'volumeClaimTemplates'])).forEach((t, i) => {
        const at = ['spec', 'volumeClaimTemplates', i, 'spec', 'resources'];
        const res = getPath(t, ['spec', 'resources']);
        format(objOf(res, 'requests'), [...at, 'requests']);
        format(objOf(res, 'limits'), [...at, 'limits']);
      });
  },
};

/** Reports every entry of a `{ name: quantity }` map that fails to decode. */
function checkFormat(map: unknown, path: Path, document: number, report: Report): void {
  if (!isObj(map)) return;
  for (const [name, value] of Object.entries(map)) {
    const problem = quantityDecodeError(value);
    if (problem)
      report({
        ruleId: 'resource-quantity-invalid',
        severity: 'error',
        document,
        path: [...path, name],
        detail: `Invalid value: ${quote(value)}: ${problem}`,
      });
  }
}

function requestsWithinLimits(
  res: Record<string, unknown>,
  at: Path,
  where: { document: number; severity: Severity },
  report: Report,
): void {
  const requests = objOf(res, 'requests');
  const limits = objOf(res, 'limits');
  for (const [name, raw] of Object.entries(requests)) {
    // Hugepages and extended `vendor/name` resources must equal their limit: that is
    // container-resources-invalid's rule.
    if (!isOvercommitAllowed(name)) continue;
    const request = parseQuantity(raw);
    const limit = parseQuantity(limits[name]);
    if (!request || !limit || compareQuantities(request, limit) <= 0) continue;
    report({
      ruleId: 'resource-request-exceeds-limit',
      ...where,
      path: [...at, 'requests', name],
      detail: `Invalid value: ${quote(canonicalQuantity(raw))}: must be less than or equal to ${name} limit of ${canonicalQuantity(limits[name])}`,
      fix: 'raise-limit-to-request',
    });
  }
}

/** `fixable`: the value is `512m`-like, meant as `512Mi` (see mebiFromMilli). */
function fractionalBytes(
  value: unknown,
  path: Path,
  document: number,
  report: Report,
  fixable: boolean,
): void {
  const q = parseQuantity(value);
  if (!q || isWholeQuantity(q)) return;
  report({
    ruleId: 'resource-memory-fractional',
    severity: 'warning',
    document,
    path,
    detail: `fractional byte value ${quote(canonicalQuantity(value))} is invalid, must be an integer`,
    ...(fixable ? { fix: 'memory-milli-to-mebi' as const } : {}),
  });
}
