import { getPath } from '../../pod/view.ts';
import { isObj, quote, type RuleFamily, type WorkloadContext } from '../context.ts';
import { caseFix } from '../remedies.ts';

const POD_RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];

/**
 * True when a CronJob has no `jobTemplate` at all: cronjob-spec-fields reports that once, and the
 * rules about the (absent) pod stay quiet instead of piling findings onto the same gap.
 */
export function templateAbsent(ctx: WorkloadContext): boolean {
  return ctx.pod.kind === 'CronJob' && !isObj(getPath(ctx.value, ['spec', 'jobTemplate']));
}

/**
 * Pod-spec rules every workload's pod goes through (`ValidatePodSpec`): at least one container,
 * a known restartPolicy on a bare Pod (templates: template-restart-policy), and
 * shareProcessNamespace together with hostPID.
 */
export const pod: RuleFamily = {
  ids: [
    'pod-containers-required',
    'pod-restart-policy-invalid',
    'pod-share-process-namespace-hostpid',
  ],
  workload(ctx, report) {
    const { pod, spec, document } = ctx;
    const severity = 'error' as const;
    const containers = spec.containers;
    const empty =
      containers === undefined ||
      containers === null ||
      (Array.isArray(containers) && !containers.length);
    if (empty && !templateAbsent(ctx))
      report({
        ruleId: 'pod-containers-required',
        severity,
        document,
        path: [...pod.specPath, 'containers'],
        detail: 'Required value',
      });

    const policy = spec.restartPolicy;
    if (pod.kind === 'Pod' && typeof policy === 'string' && !POD_RESTART_POLICIES.includes(policy))
      report({
        ruleId: 'pod-restart-policy-invalid',
        severity: 'error',
        document,
        path: [...pod.specPath, 'restartPolicy'],
        detail: `Unsupported value: ${quote(policy)}: supported values: "Always", "OnFailure", "Never"`,
        ...(caseFix(policy, POD_RESTART_POLICIES) ? { fix: 'correct-value-case' as const } : {}),
      });

    if (spec.shareProcessNamespace === true && spec.hostPID === true)
      // The API reports the internal path spec.securityContext.shareProcessNamespace; the v1
      // field lives on the pod spec, so point there (the text is the API's).
      report({
        ruleId: 'pod-share-process-namespace-hostpid',
        severity,
        document,
        path: [...pod.specPath, 'shareProcessNamespace'],
        detail: 'Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled',
      });
  },
};
