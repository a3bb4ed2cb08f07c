// The one table between Kubernetes fields and the Terraform kubernetes provider's typed
// resources (`kubernetes_deployment_v1`, …). Read from hashicorp/terraform-provider-kubernetes
// v3.2.1 (commit 3a33fb6): kubernetes/schema_container.go, schema_pod_spec.go,
// schema_volume_source.go, schema_affinity_spec.go, schema_job_spec.go, schema_cron_job_spec_v1.go,
// schema_stateful_set_spec.go, schema_persistent_volume_claim.go, schema_metadata.go,
// schema_label_selector.go and the resource_kubernetes_*_v1.go files.
//
// A field missing here is one the typed resources cannot carry: export names it as dropped (for
// example ephemeralContainers, resourceClaims, schedulingGates, hostUsers, pod-level resources,
// overhead, setHostnameAsFQDN, preemptionPolicy, priority, resizePolicy, restartPolicyRules,
// lifecycle.sleep and stopSignal, env fileKeyRef, a probe's terminationGracePeriodSeconds, the
// container securityContext's appArmorProfile, procMount and windowsOptions, metadata finalizers
// and ownerReferences, Job suspend, successPolicy, podReplacementPolicy and managedBy,
// StatefulSet ordinals, image volumes, PVC dataSource(Ref), Service trafficDistribution, status).
// Rarely used volume sources the provider does have (cinder, fc, flocker, quobyte, rbd, …) are
// left out of the table too, so they are named as dropped rather than written wrong.

import {
  as,
  block,
  blocks,
  bool,
  fields,
  int,
  intOrString,
  list,
  map,
  str,
  type Field,
  type Fields,
} from './field-kit.ts';
import { labelSelector, metadata, podSpec, podTemplate, pvcSpec } from './pod-fields.ts';

export { snakeCase, type Field, type Fields, type ScalarType } from './field-kit.ts';

const jobSpec = fields({
  parallelism: int,
  completions: int,
  completionMode: str,
  backoffLimit: int,
  backoffLimitPerIndex: int,
  maxFailedIndexes: int,
  activeDeadlineSeconds: int,
  ttlSecondsAfterFinished: int,
  podFailurePolicy: block(
    fields({
      rules: blocks(
        'rule',
        fields({
          action: str,
          onExitCodes: block(fields({ containerName: str, operator: str, values: list('int') })),
          onPodConditions: blocks('on_pod_condition', fields({ type: str, status: str })),
        }),
      ),
    }),
  ),
  manualSelector: bool,
  selector: block(labelSelector),
  template: block(podTemplate),
});

const rollingUpdate = block(fields({ maxSurge: intOrString, maxUnavailable: intOrString }));

const deploymentSpec = fields({
  replicas: int,
  selector: block(labelSelector),
  strategy: block(fields({ type: str, rollingUpdate })),
  minReadySeconds: int,
  revisionHistoryLimit: int,
  progressDeadlineSeconds: int,
  paused: bool,
  template: block(podTemplate),
});

const statefulSetSpec = fields({
  serviceName: str,
  replicas: int,
  selector: block(labelSelector),
  podManagementPolicy: str,
  updateStrategy: block(fields({ type: str, rollingUpdate: block(fields({ partition: int })) })),
  persistentVolumeClaimRetentionPolicy: block(fields({ whenDeleted: str, whenScaled: str })),
  minReadySeconds: int,
  revisionHistoryLimit: int,
  template: block(podTemplate),
  volumeClaimTemplates: blocks(
    'volume_claim_template',
    fields({ metadata: block(metadata), spec: block(pvcSpec) }),
  ),
});

const daemonSetSpec = fields({
  selector: block(labelSelector),
  // The provider calls a DaemonSet's updateStrategy `strategy`, as a Deployment's.
  updateStrategy: as('strategy', block(fields({ type: str, rollingUpdate }))),
  minReadySeconds: int,
  revisionHistoryLimit: int,
  template: block(podTemplate),
});

const cronJobSpec = fields({
  schedule: str,
  timeZone: as('timezone', str),
  concurrencyPolicy: str,
  suspend: bool,
  startingDeadlineSeconds: int,
  successfulJobsHistoryLimit: int,
  failedJobsHistoryLimit: int,
  jobTemplate: block(fields({ metadata: block(metadata), spec: block(jobSpec) })),
});

const serviceSpec = fields({
  type: str,
  selector: map,
  ports: blocks(
    'port',
    fields({
      name: str,
      protocol: str,
      appProtocol: str,
      port: int,
      targetPort: intOrString,
      nodePort: int,
    }),
  ),
  clusterIP: as('cluster_ip', str),
  clusterIPs: as('cluster_ips', list()),
  externalIPs: as('external_ips', list()),
  externalName: str,
  externalTrafficPolicy: str,
  internalTrafficPolicy: str,
  ipFamilies: list(),
  ipFamilyPolicy: str,
  loadBalancerClass: str,
  loadBalancerIP: as('load_balancer_ip', str),
  loadBalancerSourceRanges: list(),
  allocateLoadBalancerNodePorts: bool,
  healthCheckNodePort: int,
  publishNotReadyAddresses: bool,
  sessionAffinity: str,
  sessionAffinityConfig: block(
    fields({ clientIP: as('client_ip', block(fields({ timeoutSeconds: int }))) }),
  ),
});

/** A Kubernetes kind the provider has a typed resource for. */
export interface TypedResource {
  apiVersion: string;
  kind: string;
  /** The `_v1` name provider 3.x uses, the one export writes. */
  type: string;
  /** The unversioned name, deprecated in 3.0.0 and still read on import. */
  legacy: string;
  /** What the resource holds besides apiVersion and kind. */
  body: Fields;
}

const withSpec = (spec: Fields) => fields({ metadata: block(metadata), spec: block(spec) });

/** Every typed resource Podsmith writes and reads, one row per kind. */
export const TYPED_RESOURCES: readonly TypedResource[] = [
  {
    apiVersion: 'v1',
    kind: 'Pod',
    type: 'kubernetes_pod_v1',
    legacy: 'kubernetes_pod',
    body: withSpec(podSpec),
  },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    type: 'kubernetes_deployment_v1',
    legacy: 'kubernetes_deployment',
    body: withSpec(deploymentSpec),
  },
  {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    type: 'kubernetes_stateful_set_v1',
    legacy: 'kubernetes_stateful_set',
    body: withSpec(statefulSetSpec),
  },
  {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    type: 'kubernetes_daemon_set_v1',
    // Not kubernetes_daemon_set: the provider's unversioned name has no underscore.
    legacy: 'kubernetes_daemonset',
    body: withSpec(daemonSetSpec),
  },
  {
    apiVersion: 'batch/v1',
    kind: 'Job',
    type: 'kubernetes_job_v1',
    legacy: 'kubernetes_job',
    body: withSpec(jobSpec),
  },
  {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    type: 'kubernetes_cron_job_v1',
    // The provider maps the unversioned name to the batch/v1beta1 schema (no timezone).
    legacy: 'kubernetes_cron_job',
    body: withSpec(cronJobSpec),
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    type: 'kubernetes_service_v1',
    legacy: 'kubernetes_service',
    body: withSpec(serviceSpec),
  },
  {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    type: 'kubernetes_config_map_v1',
    legacy: 'kubernetes_config_map',
    body: fields({ metadata: block(metadata), immutable: bool, data: map, binaryData: map }),
  },
  {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    type: 'kubernetes_persistent_volume_claim_v1',
    legacy: 'kubernetes_persistent_volume_claim',
    body: withSpec(pvcSpec),
  },
];

/** The typed resource for a Kubernetes object, when the provider has one. */
export function typedResourceFor(apiVersion: unknown, kind: unknown): TypedResource | undefined {
  return TYPED_RESOURCES.find((r) => r.apiVersion === apiVersion && r.kind === kind);
}

/** The typed resource a Terraform resource type names, `_v1` or unversioned. */
export function typedResourceNamed(type: string): TypedResource | undefined {
  return TYPED_RESOURCES.find((r) => r.type === type || r.legacy === type);
}

/**
 * Arguments that belong to Terraform or to the provider's behaviour, never to the object:
 * meta-arguments and the wait/timeouts switches of the typed and manifest resources.
 */
export const TERRAFORM_ONLY: ReadonlySet<string> = new Set([
  'count',
  'for_each',
  'lifecycle',
  'depends_on',
  'provider',
  'provisioner',
  'connection',
  'timeouts',
  'wait_for_rollout',
  'wait_for_load_balancer',
  'wait_for_completion',
  'wait_until_bound',
  'target_state',
  'wait',
  'computed_fields',
  'field_manager',
]);

const byTf = new WeakMap<Fields, ReadonlyMap<string, [string, Field]>>();

/** The Kubernetes name and field of a provider argument in `fields`. */
export function fieldByTfName(table: Fields, tf: string): [string, Field] | undefined {
  let index = byTf.get(table);
  if (!index) {
    index = new Map(Object.entries(table).map(([k8s, f]) => [f.tf, [k8s, f] as [string, Field]]));
    byTf.set(table, index);
  }
  return index.get(tf);
}
