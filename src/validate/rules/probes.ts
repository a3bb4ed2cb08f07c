import { isObj, objOf, quote, type RuleFamily } from '../context.ts';
import { portNameError } from '../messages.ts';
import { onlyPortFor } from '../remedies.ts';
import { nativeSidecarsOn } from '../versions.ts';
import { isSet, podContainers } from './each.ts';
import { PROBE_HANDLERS } from './lifecycle.ts';

/** A container's probe fields. */
export const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const NON_NEGATIVE = [
  'initialDelaySeconds',
  'timeoutSeconds',
  'periodSeconds',
  'successThreshold',
  'failureThreshold',
] as const;

/**
 * Probes of app containers and native sidecars, as `validateLivenessProbe`,
 * `validateReadinessProbe` and `validateStartupProbe` check them: exactly one handler, no negative
 * counts or durations, a positive probe-level grace period (and none on a readiness probe), a
 * successThreshold of 1 for liveness and startup (0 is defaulted to 1). A named port the container
 * does not declare is accepted by the API, but the kubelet cannot resolve it and the probe fails.
 *
 * Regular init containers may not have probes at all (init-probe-or-lifecycle-forbidden says so),
 * and before 1.29 a native sidecar's restartPolicy is dropped, making it one of them.
 */
export const probes: RuleFamily = {
  ids: [
    'probe-handler-count',
    'probe-success-threshold-not-1',
    'probe-numeric-fields',
    'probe-named-port-missing',
  ],
  workload(ctx, report) {
    const { document } = ctx;
    const severity = 'error' as const;
    for (const { view, raw } of podContainers(ctx)) {
      if (view.role === 'init') continue;
      if (view.role === 'native-sidecar' && !nativeSidecarsOn(ctx.k8s)) continue;
      const portNames = new Set(view.ports.map((p) => p.name).filter(Boolean));
      for (const kind of PROBES) {
        const probe = raw[kind];
        if (!isObj(probe)) continue;
        const at = [...view.path, kind];
        const base = { severity, document };

        let handlers = 0;
        // In the order `validateHandler` counts them: every one after the first is refused.
        for (const handler of PROBE_HANDLERS) {
          if (!isSet(probe[handler])) continue;
          if (handlers++ > 0)
            report({
              ...base,
              ruleId: 'probe-handler-count',
              path: [...at, handler],
              detail: 'Forbidden: may not specify more than 1 handler type',
            });
        }
        if (handlers === 0)
          report({
            ...base,
            ruleId: 'probe-handler-count',
            path: at,
            detail: 'Required value: must specify a handler type',
          });

        for (const field of NON_NEGATIVE) {
          const v = probe[field];
          if (typeof v === 'number' && v < 0)
            report({
              ...base,
              ruleId: 'probe-numeric-fields',
              path: [...at, field],
              detail: `Invalid value: ${v}: must be greater than or equal to 0`,
            });
        }
        const grace = probe.terminationGracePeriodSeconds;
        if (typeof grace === 'number' && grace <= 0)
          report({
            ...base,
            ruleId: 'probe-numeric-fields',
            path: [...at, 'terminationGracePeriodSeconds'],
            detail: `Invalid value: ${grace}: must be greater than 0`,
          });
        if (kind === 'readinessProbe' && isSet(grace))
          report({
            ...base,
            ruleId: 'probe-numeric-fields',
            path: [...at, 'terminationGracePeriodSeconds'],
            detail: `Invalid value: ${quote(grace)}: must not be set for readinessProbes`,
          });

        const success = probe.successThreshold;
        if (
          kind !== 'readinessProbe' &&
          typeof success === 'number' &&
          success !== 0 &&
          success !== 1
        )
          report({
            ...base,
            ruleId: 'probe-success-threshold-not-1',
            path: [...at, 'successThreshold'],
            detail: `Invalid value: ${success}: must be 1`,
            fix: 'set-success-threshold-1',
          });

        for (const handler of ['httpGet', 'tcpSocket'] as const) {
          const port = objOf(probe, handler).port;
          // A malformed name is container-field-invalid's error; only a well-formed one is looked up.
          if (typeof port !== 'string' || portNameError(port) !== undefined) continue;
          if (!portNames.has(port))
            report({
              ruleId: 'probe-named-port-missing',
              severity: 'warning',
              document,
              path: [...at, handler, 'port'],
              detail: `no port named ${quote(port)} in this container's ports: the kubelet cannot resolve the name, so the probe always fails`,
              ...(onlyPortFor(ctx.pod, view, port) !== undefined
                ? { fix: 'use-only-port' as const }
                : {}),
            });
        }
      }
    }
  },
};
