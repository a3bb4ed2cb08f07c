import type { GateName } from './api-gates.ts';
import { minor, type K8sVersion } from './versions.ts';

// The fields of the objects Podsmith designs whose presence in the API differs between Kubernetes
// 1.27 and 1.36, for the committed schema (schema/k8s.schema.json = the 1.36 API).
//
// Read from the published k8s.io/api repository (github.com/kubernetes/api) at the release tags
//   v0.27.0 7ef25fde5aa5f4f3a1a76b8ec4df3b05ca4a87e4   v0.32.0 e622342ab4abd51157f8fd650186575bab46777c
//   v0.28.0 ae4aec0b9ecea62c309b2da1a3aaea276362c236   v0.33.0 82c0029eaa2f5bdbfbbbce9305349a893e6c86dc
//   v0.29.0 12b5cfde901cc29a42bf09ae64307818f6cfd874   v0.34.0 ae6c3b911ef17a4e2b10922c745c6f35bcf9b78e
//   v0.30.0 fb932d2704f6db73ad667467c071fa0021b4f11a   v0.35.0 9afe7de0a56c582b06ca094f7309015bc84657a7
//   v0.31.0 2df39ffd2977494f6e7b8dc38206eec1a1129e38   v0.36.0 545bb975fe6653239af42324065cf72272186404
// (core/v1, apps/v1 and batch/v1 types.go; ObjectMeta and friends from kubernetes/apimachinery
// pkg/apis/meta/v1/types.go at the same v0.X.0 tags). For every definition in the schema, the
// JSON names of its Go struct's fields (embedded `json:",inline"` structs expanded) were listed
// per tag and diffed; at v0.36.0 they equal the schema's properties exactly (less `status` of the
// top-level kinds, which the schema leaves out). `since` is the first tag with the field,
// `removedIn` the first tag without it. Fields of a type that arrived together with the field
// pointing at it (SleepAction under LifecycleHandler.sleep, FileKeySelector, AppArmorProfile,
// ImageVolumeSource, ContainerRestartRule…) are not listed: their parent's row covers them.
// apps/v1 (Deployment, StatefulSet, DaemonSet specs), CronJobSpec, ConfigMap and Secret did not
// change in these versions. Gates come from the `+featureGate=` markers and the drop code (see
// api-gates.ts); fields already served in 1.27 appear only when a gate guards them.

/** A JSON Schema fragment, as found in schema/k8s.schema.json. */
export type JsonSchema = { [key: string]: unknown };

/** One field whose presence, or whose gate's default, differs between 1.27 and 1.36. */
export interface ApiFieldChange {
  /** The Go type, which is the schema definition less its leading `I` (`Container`). */
  readonly type: string;
  /** The field's JSON name. */
  readonly field: string;
  /** First version whose API serves the field; absent when 1.27 already did. */
  readonly since?: K8sVersion;
  /** First version whose API no longer serves it (so the 1.36 schema lacks it). */
  readonly removedIn?: K8sVersion;
  /** The feature gate whose drop code guards the field (API_GATES has its defaults). */
  readonly gate?: GateName;
  /** For a removed field: its schema as the older API served it (docs from that tag). */
  readonly schema?: JsonSchema;
  /** The Go struct field it was read from. */
  readonly source: string;
}

const str = (description: string) => ({ type: 'string', description });

/** Every field of the objects Podsmith designs that some version 1.27–1.36 serves differently. */
export const API_FIELD_CHANGES: readonly ApiFieldChange[] = [
  // PodSpec
  {
    type: 'PodSpec',
    field: 'hostUsers',
    gate: 'UserNamespacesSupport',
    source: 'core/v1 PodSpec.HostUsers',
  },
  {
    type: 'PodSpec',
    field: 'resourceClaims',
    gate: 'DynamicResourceAllocation',
    source: 'core/v1 PodSpec.ResourceClaims',
  },
  {
    type: 'PodSpec',
    field: 'resources',
    since: '1.32',
    gate: 'PodLevelResources',
    source: 'core/v1 PodSpec.Resources',
  },
  {
    type: 'PodSpec',
    field: 'hostnameOverride',
    since: '1.34',
    gate: 'HostnameOverride',
    source: 'core/v1 PodSpec.HostnameOverride',
  },
  {
    type: 'PodSpec',
    field: 'workloadRef',
    since: '1.35',
    removedIn: '1.36',
    gate: 'GenericWorkload',
    source: 'core/v1 PodSpec.WorkloadRef, WorkloadReference (v0.35.0)',
    schema: {
      type: 'object',
      description:
        'WorkloadRef provides a reference to the Workload object that this Pod belongs to. This field is used by the scheduler to identify the PodGroup and apply the correct group scheduling policies. The Workload object referenced by this field may not exist at the time the Pod is created. This field is immutable, but a Workload object with the same name may be recreated with different policies. Doing this during pod scheduling may result in the placement not conforming to the expected policies.',
      properties: {
        name: str(
          "Name defines the name of the Workload object this Pod belongs to. Workload must be in the same namespace as the Pod. If it doesn't match any existing Workload, the Pod will remain unschedulable until a Workload object is created and observed by the kube-scheduler. It must be a DNS subdomain.",
        ),
        podGroup: str(
          "PodGroup is the name of the PodGroup within the Workload that this Pod belongs to. If it doesn't match any existing PodGroup within the Workload, the Pod will remain unschedulable until the Workload object is recreated and observed by the kube-scheduler. It must be a DNS label.",
        ),
        podGroupReplicaKey: str(
          'PodGroupReplicaKey specifies the replica key of the PodGroup to which this Pod belongs. It is used to distinguish pods belonging to different replicas of the same pod group. The pod group policy is applied separately to each replica. When set, it must be a DNS label.',
        ),
      },
      required: ['name', 'podGroup'],
      additionalProperties: false,
    },
  },
  {
    type: 'PodSpec',
    field: 'schedulingGroup',
    since: '1.36',
    gate: 'GenericWorkload',
    source: 'core/v1 PodSpec.SchedulingGroup',
  },
  {
    type: 'PodAffinityTerm',
    field: 'matchLabelKeys',
    since: '1.29',
    gate: 'MatchLabelKeysInPodAffinity',
    source: 'core/v1 PodAffinityTerm.MatchLabelKeys',
  },
  {
    type: 'PodAffinityTerm',
    field: 'mismatchLabelKeys',
    since: '1.29',
    gate: 'MatchLabelKeysInPodAffinity',
    source: 'core/v1 PodAffinityTerm.MismatchLabelKeys',
  },
  {
    type: 'PodResourceClaim',
    field: 'source',
    removedIn: '1.31',
    source: 'core/v1 PodResourceClaim.Source, ClaimSource (v0.30.0)',
    schema: {
      type: 'object',
      description: 'Source describes where to find the ResourceClaim.',
      properties: {
        resourceClaimName: str(
          'ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod.',
        ),
        resourceClaimTemplateName: str(
          'ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace as this pod.\n\nThe template will be used to create a new ResourceClaim, which will be bound to this pod. When this pod is deleted, the ResourceClaim will also be deleted. The pod name and resource name, along with a generated component, will be used to form a unique name for the ResourceClaim, which will be recorded in pod.status.resourceClaimStatuses.\n\nThis field is immutable and no changes will be made to the corresponding ResourceClaim by the control plane after creating the ResourceClaim.',
        ),
      },
      additionalProperties: false,
    },
  },
  {
    type: 'PodResourceClaim',
    field: 'resourceClaimName',
    since: '1.31',
    source: 'core/v1 PodResourceClaim.ResourceClaimName',
  },
  {
    type: 'PodResourceClaim',
    field: 'resourceClaimTemplateName',
    since: '1.31',
    source: 'core/v1 PodResourceClaim.ResourceClaimTemplateName',
  },
  {
    type: 'PodSecurityContext',
    field: 'appArmorProfile',
    since: '1.30',
    source: 'core/v1 PodSecurityContext.AppArmorProfile',
  },
  {
    type: 'PodSecurityContext',
    field: 'supplementalGroupsPolicy',
    since: '1.31',
    gate: 'SupplementalGroupsPolicy',
    source: 'core/v1 PodSecurityContext.SupplementalGroupsPolicy',
  },
  {
    type: 'PodSecurityContext',
    field: 'seLinuxChangePolicy',
    since: '1.32',
    gate: 'SELinuxChangePolicy',
    source: 'core/v1 PodSecurityContext.SELinuxChangePolicy',
  },

  // Containers (Container; EphemeralContainer inlines EphemeralContainerCommon)
  {
    type: 'Container',
    field: 'resizePolicy',
    gate: 'InPlacePodVerticalScaling',
    source: 'core/v1 Container.ResizePolicy',
  },
  {
    type: 'EphemeralContainer',
    field: 'resizePolicy',
    gate: 'InPlacePodVerticalScaling',
    source: 'core/v1 EphemeralContainerCommon.ResizePolicy',
  },
  {
    type: 'Container',
    field: 'restartPolicy',
    since: '1.28',
    gate: 'SidecarContainers',
    source: 'core/v1 Container.RestartPolicy',
  },
  {
    type: 'EphemeralContainer',
    field: 'restartPolicy',
    since: '1.28',
    source: 'core/v1 EphemeralContainerCommon.RestartPolicy',
  },
  {
    type: 'Container',
    field: 'restartPolicyRules',
    since: '1.34',
    gate: 'ContainerRestartRules',
    source: 'core/v1 Container.RestartPolicyRules',
  },
  {
    type: 'EphemeralContainer',
    field: 'restartPolicyRules',
    since: '1.34',
    gate: 'ContainerRestartRules',
    source: 'core/v1 EphemeralContainerCommon.RestartPolicyRules',
  },
  {
    type: 'ResourceRequirements',
    field: 'claims',
    gate: 'DynamicResourceAllocation',
    source: 'core/v1 ResourceRequirements.Claims',
  },
  {
    type: 'ResourceClaim',
    field: 'request',
    since: '1.31',
    source: 'core/v1 ResourceClaim.Request',
  },
  {
    type: 'SecurityContext',
    field: 'procMount',
    gate: 'ProcMountType',
    source: 'core/v1 SecurityContext.ProcMount',
  },
  {
    type: 'SecurityContext',
    field: 'appArmorProfile',
    since: '1.30',
    source: 'core/v1 SecurityContext.AppArmorProfile',
  },
  {
    type: 'LifecycleHandler',
    field: 'sleep',
    since: '1.29',
    gate: 'PodLifecycleSleepAction',
    source: 'core/v1 LifecycleHandler.Sleep',
  },
  {
    type: 'Lifecycle',
    field: 'stopSignal',
    since: '1.33',
    gate: 'ContainerStopSignals',
    source: 'core/v1 Lifecycle.StopSignal',
  },
  {
    type: 'EnvVarSource',
    field: 'fileKeyRef',
    since: '1.34',
    gate: 'EnvFiles',
    source: 'core/v1 EnvVarSource.FileKeyRef',
  },
  {
    type: 'VolumeMount',
    field: 'recursiveReadOnly',
    since: '1.30',
    gate: 'RecursiveReadOnlyMounts',
    source: 'core/v1 VolumeMount.RecursiveReadOnly',
  },

  // Volumes (Volume inlines VolumeSource)
  {
    type: 'Volume',
    field: 'image',
    since: '1.31',
    gate: 'ImageVolume',
    source: 'core/v1 VolumeSource.Image',
  },
  {
    type: 'VolumeProjection',
    field: 'clusterTrustBundle',
    since: '1.29',
    gate: 'ClusterTrustBundleProjection',
    source: 'core/v1 VolumeProjection.ClusterTrustBundle',
  },
  {
    type: 'VolumeProjection',
    field: 'podCertificate',
    since: '1.34',
    gate: 'PodCertificateRequest',
    source: 'core/v1 VolumeProjection.PodCertificate',
  },
  {
    type: 'PodCertificateProjection',
    field: 'userAnnotations',
    since: '1.35',
    source: 'core/v1 PodCertificateProjection.UserAnnotations',
  },

  // PersistentVolumeClaim (also StatefulSet volumeClaimTemplates)
  {
    type: 'PersistentVolumeClaimSpec',
    field: 'volumeAttributesClassName',
    since: '1.29',
    gate: 'VolumeAttributesClass',
    source: 'core/v1 PersistentVolumeClaimSpec.VolumeAttributesClassName',
  },
  {
    // Until 1.28 PersistentVolumeClaimSpec.resources was a ResourceRequirements, with `claims`;
    // from 1.29 it is a VolumeResourceRequirements, without.
    type: 'VolumeResourceRequirements',
    field: 'claims',
    removedIn: '1.29',
    source: 'core/v1 PersistentVolumeClaimSpec.Resources: ResourceRequirements.Claims (v0.28.0)',
    schema: {
      type: 'array',
      items: { $ref: '#/definitions/IResourceClaim' },
      description:
        'Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.\n\nThis is an alpha field and requires enabling the DynamicResourceAllocation feature gate.\n\nThis field is immutable. It can only be set for containers.',
    },
  },
  {
    type: 'TypedObjectReference',
    field: 'namespace',
    gate: 'CrossNamespaceVolumeDataSource',
    source: 'core/v1 TypedObjectReference.Namespace',
  },
  {
    type: 'PersistentVolumeClaimStatus',
    field: 'resizeStatus',
    removedIn: '1.28',
    source: 'core/v1 PersistentVolumeClaimStatus.ResizeStatus (v0.27.0)',
    schema: str(
      'resizeStatus stores status of resize operation. ResizeStatus is not set by default but when expansion is complete resizeStatus is set to empty string by resize controller or kubelet. This is an alpha field and requires enabling RecoverVolumeExpansionFailure feature.',
    ),
  },
  {
    type: 'PersistentVolumeClaimStatus',
    field: 'allocatedResourceStatuses',
    since: '1.28',
    source: 'core/v1 PersistentVolumeClaimStatus.AllocatedResourceStatuses',
  },
  {
    type: 'PersistentVolumeClaimStatus',
    field: 'currentVolumeAttributesClassName',
    since: '1.29',
    source: 'core/v1 PersistentVolumeClaimStatus.CurrentVolumeAttributesClassName',
  },
  {
    type: 'PersistentVolumeClaimStatus',
    field: 'modifyVolumeStatus',
    since: '1.29',
    source: 'core/v1 PersistentVolumeClaimStatus.ModifyVolumeStatus',
  },

  // Service
  {
    type: 'ServiceSpec',
    field: 'trafficDistribution',
    since: '1.30',
    gate: 'ServiceTrafficDistribution',
    source: 'core/v1 ServiceSpec.TrafficDistribution',
  },

  // Workloads: apps/v1 has no change in 1.27–1.36 except this gate; batch/v1 JobSpec
  {
    type: 'RollingUpdateStatefulSetStrategy',
    field: 'maxUnavailable',
    gate: 'MaxUnavailableStatefulSet',
    source: 'apps/v1 RollingUpdateStatefulSetStrategy.MaxUnavailable',
  },
  {
    type: 'JobSpec',
    field: 'backoffLimitPerIndex',
    since: '1.28',
    gate: 'JobBackoffLimitPerIndex',
    source: 'batch/v1 JobSpec.BackoffLimitPerIndex',
  },
  {
    type: 'JobSpec',
    field: 'maxFailedIndexes',
    since: '1.28',
    gate: 'JobBackoffLimitPerIndex',
    source: 'batch/v1 JobSpec.MaxFailedIndexes',
  },
  {
    type: 'JobSpec',
    field: 'podReplacementPolicy',
    since: '1.28',
    gate: 'JobPodReplacementPolicy',
    source: 'batch/v1 JobSpec.PodReplacementPolicy',
  },
  {
    type: 'JobSpec',
    field: 'successPolicy',
    since: '1.30',
    gate: 'JobSuccessPolicy',
    source: 'batch/v1 JobSpec.SuccessPolicy',
  },
  {
    type: 'JobSpec',
    field: 'managedBy',
    since: '1.30',
    gate: 'JobManagedBy',
    source: 'batch/v1 JobSpec.ManagedBy',
  },
];

/** True when the API of `version` serves the field of `change`. */
export function servedIn(change: ApiFieldChange, version: K8sVersion): boolean {
  const v = minor(version);
  if (change.since && v < minor(change.since)) return false;
  return !(change.removedIn && v >= minor(change.removedIn));
}

/** True when the API of `version` serves `type.field` (any field API_FIELD_CHANGES does not list). */
export function fieldServed(type: string, field: string, version: K8sVersion): boolean {
  const change = API_FIELD_CHANGES.find((c) => c.type === type && c.field === field);
  return !change || servedIn(change, version);
}

/** The schema definition that holds the field: `Container` → `IContainer`. */
export function definitionOf(change: ApiFieldChange): string {
  return `I${change.type}`;
}
