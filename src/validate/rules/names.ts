import { WORKLOADS } from '../../pod/kinds.ts';
import { isObj, listOf, objOf, quote, type Report, type RuleFamily } from '../context.ts';
import type { WorkloadContext } from '../context.ts';
import { dnsLabelError } from '../messages.ts';
import { validContainerName } from '../remedies.ts';
import { podContainers } from './each.ts';

// Names that must be DNS-1123 labels and unique within the pod: containers (validateContainers,
// validateInitContainers) and volumes (ValidateVolumes). A missing name is reported here as the API
// words it (`Required value`); the schema's own `required` finding on the same field is dropped.

/**
 * Container names: each a DNS label, and unique across `containers` and `initContainers`. Like the
 * API server, regular containers are checked first and an init container repeating one of their
 * names is the duplicate, even though it comes first in the YAML.
 */
function containerNames(ctx: WorkloadContext, report: Report): void {
  const { document } = ctx;
  const all = podContainers(ctx);
  const ordered = [
    ...all.filter((c) => c.view.list === 'containers'),
    ...all.filter((c) => c.view.list === 'initContainers'),
  ];
  const seen = new Set<string>();
  for (const { view, raw } of ordered) {
    const name = raw.name;
    const path = [...view.path, 'name'];
    if (name === undefined || name === null || name === '') {
      report({
        ruleId: 'container-name-invalid',
        severity: 'error',
        document,
        path,
        detail: 'Required value',
      });
      continue;
    }
    if (typeof name !== 'string') continue; // the schema reports the type
    const problem = dnsLabelError(name);
    if (problem)
      report({
        ruleId: 'container-name-invalid',
        severity: 'error',
        document,
        path,
        detail: `Invalid value: ${quote(name)}: ${problem}`,
        ...(validContainerName(ctx.pod, ctx.value, name)
          ? { fix: 'make-name-valid' as const }
          : {}),
      });
    if (seen.has(name))
      report({
        ruleId: 'container-name-duplicate',
        severity: 'error',
        document,
        path,
        detail: `Duplicate value: ${quote(name)}`,
        fix: 'rename-duplicate-container',
      });
    seen.add(name);
  }
}

const VOLUME_RULE = 'volume-name-invalid-or-duplicate';

/**
 * Volume names, and for a StatefulSet the names of its volumeClaimTemplates, which the controller
 * turns into pod volumes of the same name. A claim template sharing a name with a `volumes` entry is
 * a different problem (the claim shadows the volume), left to the volume rules.
 */
function volumeNames(ctx: WorkloadContext, report: Report): void {
  const { document } = ctx;
  const check = (seen: Set<string>, name: unknown, path: (string | number)[]) => {
    if (name === undefined || name === null || name === '') {
      report({ ruleId: VOLUME_RULE, severity: 'error', document, path, detail: 'Required value' });
      return;
    }
    if (typeof name !== 'string') return;
    const problem = dnsLabelError(name);
    if (problem)
      report({
        ruleId: VOLUME_RULE,
        severity: 'error',
        document,
        path,
        detail: `Invalid value: ${quote(name)}: ${problem}`,
      });
    if (seen.has(name))
      report({
        ruleId: VOLUME_RULE,
        severity: 'error',
        document,
        path,
        detail: `Duplicate value: ${quote(name)}`,
      });
    // As in ValidateVolumes, only a valid volume claims its name.
    else if (!problem) seen.add(name);
  };

  const volumes = new Set<string>();
  listOf(ctx.spec.volumes).forEach((v, i) => {
    if (isObj(v)) check(volumes, v.name, [...ctx.pod.specPath, 'volumes', i, 'name']);
  });
  if (!WORKLOADS[ctx.pod.kind].stableIdentity) return;
  const claims = new Set<string>();
  listOf(objOf(ctx.value, 'spec').volumeClaimTemplates).forEach((t, i) => {
    // ObjectMeta.name is optional in the schema, but a claim template without one names nothing.
    if (isObj(t))
      check(claims, objOf(t, 'metadata').name, [
        'spec',
        'volumeClaimTemplates',
        i,
        'metadata',
        'name',
      ]);
  });
}

/** Container and volume names: format and uniqueness within the pod. */
export const names: RuleFamily = {
  ids: ['container-name-invalid', 'container-name-duplicate', VOLUME_RULE],
  workload(ctx, report) {
    containerNames(ctx, report);
    volumeNames(ctx, report);
  },
};
