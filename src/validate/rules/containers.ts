import { quote, type Report, type RuleFamily, type WorkloadContext } from '../context.ts';
import { gateOffByDefault } from '../api-gates.ts';
import { caseFix } from '../remedies.ts';
import { nativeSidecarsOn } from '../versions.ts';
import { validationChanged } from '../api-validation-changes.ts';
import { isSet, podContainers, type PodContainer } from './each.ts';

// Per-container rules of validateContainerCommon / validateContainers / validateInitContainers.

/**
 * `image` is required everywhere. Leading or trailing whitespace is refused for Pods only; a
 * template carrying it is accepted and every pod its controller creates is then refused.
 */
function image(ctx: WorkloadContext, { view, raw }: PodContainer, report: Report): void {
  const value = raw.image;
  const path = [...view.path, 'image'];
  if (value === undefined || value === null || value === '') {
    report({
      ruleId: 'container-image-required',
      severity: 'error',
      document: ctx.document,
      path,
      detail: 'Required value',
    });
    return;
  }
  if (typeof value !== 'string' || value.trim() === value) return;
  const pod = ctx.pod.kind === 'Pod';
  report({
    ruleId: 'container-image-required',
    severity: pod ? 'error' : 'warning',
    document: ctx.document,
    path,
    detail:
      `Invalid value: ${quote(value)}: must not have leading or trailing whitespace` +
      (pod ? '' : ' (the template is accepted, but every pod created from it is refused)'),
  });
}

const RESTART_RULES_VALUES = ['Always', 'Never', 'OnFailure'];

/**
 * Container-level `restartPolicy`. Until 1.33 only init containers take one, and only `Always`
 * (a native sidecar). 1.34 has the ContainerRestartRules gate, alpha and off by default: the API
 * server drops the field from app containers and any value but Always from init containers
 * before validating (pkg/api/pod/util.go dropContainerRestartRules, 1.34.1). From 1.35 the
 * feature is beta and on: any container may override the pod's policy with Always, OnFailure or
 * Never.
 */
function restartPolicy(ctx: WorkloadContext, { view, raw }: PodContainer, report: Report): void {
  const policy = raw.restartPolicy;
  if (!isSet(policy)) return;
  const path = [...view.path, 'restartPolicy'];
  const rules = validationChanged('containerRestartRules', ctx.k8s);
  // A native sidecar is what a classic sidecar with restartPolicy: Always is usually meant to be.
  const native = view.role === 'sidecar' && policy === 'Always' && nativeSidecarsOn(ctx.k8s);
  const gate = gateOffByDefault('ContainerRestartRules', ctx.k8s);
  if (gate && (view.list === 'containers' || policy !== 'Always')) {
    const app = view.list === 'containers';
    report({
      ruleId: app ? 'container-restart-policy-on-app-container' : 'init-restart-policy-not-always',
      severity: 'warning',
      document: ctx.document,
      path,
      detail:
        `the ${gate.name} feature gate is off by default in Kubernetes ${ctx.k8s}: the API server drops this field, so ` +
        (app
          ? `the pod's restartPolicy applies to this container${policy === 'Always' ? ', and it is not a native sidecar (for that, move it to initContainers with restartPolicy: Always)' : ''}`
          : 'the init container runs to completion as any other'),
      // `always` on an init container is a native sidecar spelled wrong.
      fix:
        !app && typeof policy === 'string' && caseFix(policy, ['Always'])
          ? 'correct-value-case'
          : native
            ? 'convert-to-native-sidecar'
            : 'remove-container-restart-policy',
    });
    return;
  }
  if (rules && typeof policy === 'string' && !RESTART_RULES_VALUES.includes(policy)) {
    report({
      ruleId:
        view.list === 'containers'
          ? 'container-restart-policy-on-app-container'
          : 'init-restart-policy-not-always',
      severity: 'error',
      document: ctx.document,
      path,
      detail: `Unsupported value: ${quote(policy)}: supported values: ${RESTART_RULES_VALUES.map(quote).join(', ')}`,
      ...(caseFix(policy, RESTART_RULES_VALUES) ? { fix: 'correct-value-case' as const } : {}),
    });
    return;
  }
  if (view.list === 'containers') {
    if (!rules)
      report({
        ruleId: 'container-restart-policy-on-app-container',
        severity: 'error',
        document: ctx.document,
        path,
        detail:
          'Forbidden: may not be set for non-init containers' +
          (policy === 'Always'
            ? ' (to make this a native sidecar, move it to initContainers with restartPolicy: Always)'
            : ''),
        // Anything else set here is refused outright: without it, the pod's policy applies.
        fix: native ? 'convert-to-native-sidecar' : 'remove-container-restart-policy',
      });
    else if (policy === 'Always')
      // Accepted, but a common slip: Always here only restarts the container, it does not make it
      // a native sidecar (no start-before / stop-after ordering).
      report({
        ruleId: 'container-restart-policy-on-app-container',
        severity: 'info',
        document: ctx.document,
        path,
        detail:
          'overrides the pod restartPolicy for this container only; it does not make a native sidecar: for that, move it to initContainers with restartPolicy: Always',
        ...(native ? { fix: 'convert-to-native-sidecar' as const } : {}),
      });
    return;
  }
  if (typeof policy === 'string' && policy !== 'Always' && !rules)
    report({
      ruleId: 'init-restart-policy-not-always',
      severity: 'error',
      document: ctx.document,
      path,
      detail: `Unsupported value: ${quote(policy)}: supported values: "Always"`,
      // `always` is a native sidecar spelled wrong; any other value asks an init container to
      // do what it does anyway (run to completion, retried as the pod's policy says).
      fix: caseFix(policy, ['Always']) ? 'correct-value-case' : 'remove-container-restart-policy',
    });
}

const INIT_ONLY_FORBIDDEN = [
  'lifecycle',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
] as const;

/**
 * Probes and lifecycle hooks on an init container that is not a native sidecar: it must run to
 * completion, so nothing may probe or hook it. Before 1.29 the API drops `restartPolicy: Always`
 * from init containers (the SidecarContainers gate is off), so native sidecars count as regular
 * init containers there.
 */
function initProbes(ctx: WorkloadContext, { view, raw }: PodContainer, report: Report): void {
  if (view.list !== 'initContainers') return;
  const dropped = view.role === 'native-sidecar';
  if (dropped && nativeSidecarsOn(ctx.k8s)) return;
  for (const field of INIT_ONLY_FORBIDDEN) {
    if (!isSet(raw[field])) continue;
    report({
      ruleId: 'init-probe-or-lifecycle-forbidden',
      severity: 'error',
      document: ctx.document,
      path: [...view.path, field],
      detail:
        'Forbidden: may not be set for init containers without restartPolicy=Always' +
        (dropped ? ` (Kubernetes ${ctx.k8s} drops restartPolicy from init containers)` : ''),
      // A native sidecar on a version that drops its restartPolicy needs a newer version, not
      // fewer probes.
      ...(dropped ? {} : { fix: 'remove-init-probe-or-hook' as const }),
    });
  }
}

/** Image, restartPolicy and the init-container restrictions of each container. */
export const containers: RuleFamily = {
  ids: [
    'container-image-required',
    'container-restart-policy-on-app-container',
    'init-restart-policy-not-always',
    'init-probe-or-lifecycle-forbidden',
  ],
  workload(ctx, report) {
    for (const c of podContainers(ctx)) {
      image(ctx, c, report);
      restartPolicy(ctx, c, report);
      initProbes(ctx, c, report);
    }
  },
};
