import type { TypeGraph } from './api-type-graph.ts';

// Generated from schema/k8s.schema.json by typeGraph (api-type-graph.ts); api-type-graph.test.ts
// checks it. To regenerate: WRITE_TYPE_GRAPH=/tmp/g.json npx vitest run src/validate/api-type-graph.test.ts
// and paste the file's JSON below.

/** The edges from the top-level kinds to the types whose fields differ between versions. */
export const API_TYPE_GRAPH: TypeGraph = {
  IAffinity: {
    podAffinity: 'IPodAffinity',
    podAntiAffinity: 'IPodAntiAffinity',
  },
  IContainer: {
    env: 'IEnvVar',
    lifecycle: 'ILifecycle',
    resources: 'IResourceRequirements',
    securityContext: 'ISecurityContext',
    volumeMounts: 'IVolumeMount',
  },
  ICronJob: {
    spec: 'ICronJobSpec',
  },
  ICronJobSpec: {
    jobTemplate: 'IJobTemplateSpec',
  },
  IDaemonSet: {
    spec: 'IDaemonSetSpec',
  },
  IDaemonSetSpec: {
    template: 'IPodTemplateSpec',
  },
  IDeployment: {
    spec: 'IDeploymentSpec',
  },
  IDeploymentSpec: {
    template: 'IPodTemplateSpec',
  },
  IEnvVar: {
    valueFrom: 'IEnvVarSource',
  },
  IEphemeralContainer: {
    env: 'IEnvVar',
    lifecycle: 'ILifecycle',
    resources: 'IResourceRequirements',
    securityContext: 'ISecurityContext',
    volumeMounts: 'IVolumeMount',
  },
  IEphemeralVolumeSource: {
    volumeClaimTemplate: 'IPersistentVolumeClaimTemplate',
  },
  IJob: {
    spec: 'IJobSpec',
  },
  IJobSpec: {
    template: 'IPodTemplateSpec',
  },
  IJobTemplateSpec: {
    spec: 'IJobSpec',
  },
  ILifecycle: {
    postStart: 'ILifecycleHandler',
    preStop: 'ILifecycleHandler',
  },
  IPersistentVolumeClaim: {
    spec: 'IPersistentVolumeClaimSpec',
  },
  IPersistentVolumeClaimSpec: {
    dataSourceRef: 'ITypedObjectReference',
    resources: 'IVolumeResourceRequirements',
  },
  IPersistentVolumeClaimTemplate: {
    spec: 'IPersistentVolumeClaimSpec',
  },
  IPod: {
    spec: 'IPodSpec',
  },
  IPodAffinity: {
    preferredDuringSchedulingIgnoredDuringExecution: 'IWeightedPodAffinityTerm',
    requiredDuringSchedulingIgnoredDuringExecution: 'IPodAffinityTerm',
  },
  IPodAntiAffinity: {
    preferredDuringSchedulingIgnoredDuringExecution: 'IWeightedPodAffinityTerm',
    requiredDuringSchedulingIgnoredDuringExecution: 'IPodAffinityTerm',
  },
  IPodSpec: {
    affinity: 'IAffinity',
    containers: 'IContainer',
    ephemeralContainers: 'IEphemeralContainer',
    initContainers: 'IContainer',
    resourceClaims: 'IPodResourceClaim',
    resources: 'IResourceRequirements',
    securityContext: 'IPodSecurityContext',
    volumes: 'IVolume',
  },
  IPodTemplateSpec: {
    spec: 'IPodSpec',
  },
  IProjectedVolumeSource: {
    sources: 'IVolumeProjection',
  },
  IResourceRequirements: {
    claims: 'IResourceClaim',
  },
  IService: {
    spec: 'IServiceSpec',
  },
  IStatefulSet: {
    spec: 'IStatefulSetSpec',
  },
  IStatefulSetSpec: {
    template: 'IPodTemplateSpec',
    updateStrategy: 'IStatefulSetUpdateStrategy',
  },
  IStatefulSetUpdateStrategy: {
    rollingUpdate: 'IRollingUpdateStatefulSetStrategy',
  },
  IVolume: {
    ephemeral: 'IEphemeralVolumeSource',
    projected: 'IProjectedVolumeSource',
  },
  IVolumeProjection: {
    podCertificate: 'IPodCertificateProjection',
  },
  IWeightedPodAffinityTerm: {
    podAffinityTerm: 'IPodAffinityTerm',
  },
};
