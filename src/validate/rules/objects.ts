import { dns1035Error, dnsLabelError, dnsSubdomainError } from '../messages.ts';
import { entryOf, objOf, quote, type RuleFamily } from '../context.ts';

/** The apiVersion the API serves each kind Podsmith knows under. */
export const SERVED: Record<string, string> = {
  Pod: 'v1',
  Service: 'v1',
  ConfigMap: 'v1',
  Secret: 'v1',
  PersistentVolumeClaim: 'v1',
  ServiceAccount: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
  HorizontalPodAutoscaler: 'autoscaling/v2',
  PodDisruptionBudget: 'policy/v1',
  NetworkPolicy: 'networking.k8s.io/v1',
  Ingress: 'networking.k8s.io/v1',
};

/** API groups whose kinds Podsmith knows; other groups are custom resources, kept but not validated. */
const CORE_GROUPS = new Set(
  Object.values(SERVED).map((v) => (v.includes('/') ? v.split('/')[0] : '')),
);

function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
}

/** Kinds whose name is a DNS-1123 label (StatefulSet: its pods' hostnames) or a DNS-1035 label (Service). */
const NAME_RULES: Record<string, (name: string) => string | undefined> = {
  Service: dns1035Error,
  StatefulSet: dnsLabelError,
};

/**
 * Object-level rules: an apiVersion/kind pair the API does not serve, and object names.
 * Custom resources (a group Podsmith does not know) are left alone.
 */
export const objects: RuleFamily = {
  ids: ['kind-unknown', 'metadata-name-invalid'],
  object(ctx, report) {
    const { apiVersion, kind, document } = ctx;
    const served = entryOf(SERVED, kind);
    if (!served) {
      if (CORE_GROUPS.has(groupOf(apiVersion)))
        report({
          ruleId: 'kind-unknown',
          severity: 'error',
          document,
          path: ['kind'],
          detail: `Invalid value: ${quote(kind)}: no kind ${quote(kind)} is served under ${quote(apiVersion)}`,
        });
      return;
    }
    if (served !== apiVersion) {
      report({
        ruleId: 'kind-unknown',
        severity: 'error',
        document,
        path: ['apiVersion'],
        detail: `Invalid value: ${quote(apiVersion)}: no kind ${quote(kind)} is served under ${quote(apiVersion)}; use apiVersion: ${served}`,
      });
      return;
    }
    const metadata = objOf(ctx.value, 'metadata');
    const name = metadata.name;
    if (name === undefined || name === '') {
      if (metadata.generateName === undefined)
        report({
          ruleId: 'metadata-name-invalid',
          severity: 'error',
          document,
          path: ['metadata', 'name'],
          detail: 'Required value: name or generateName is required',
        });
      return;
    }
    if (typeof name !== 'string') return; // the schema reports the type
    const problem = (entryOf(NAME_RULES, kind) ?? dnsSubdomainError)(name);
    if (problem)
      report({
        ruleId: 'metadata-name-invalid',
        severity: 'error',
        document,
        path: ['metadata', 'name'],
        detail: `Invalid value: ${quote(name)}: ${problem}`,
      });
  },
};
