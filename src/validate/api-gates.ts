import { minor, type K8sVersion } from './versions.ts';

// Feature gates that guard fields of the objects Podsmith designs, with the versions in which each
// is off by default. Read from pkg/features/kube_features.go of k8s.io/kubernetes as vendored,
// unmodified, by projects pinned to a release (module path and version from their
// vendor/modules.txt):
//
//   1.27.2  openshift/openshift-apiserver@8dea0ed5d6768f319432d9859cfa7fc5c560410c
//           (same file in ceph/ceph-csi@07b05616a060e0135f61bddd81a1cdd4920d0af6)
//   1.28.0  ceph/ceph-csi@ff3e84ad6723dd595ee2fa910381d25d806914ea
//   1.29.0  ceph/ceph-csi@e5d9b68d368e3ef14e896bedec252bc76b0bfe65
//   1.30.0  ceph/ceph-csi@e727bd351efec4912ce01e0e73f5dd5d3e249427
//   1.31.0  ceph/ceph-csi@5a66991bb3db95a6053b470ca874d48bbdfccfd7 (+ versioned_kube_features.go)
//   1.32.1  openshift/openshift-apiserver@c596b6e881f4a67d4aa5576ea2ca8d1d6277d0e3 (+ versioned_…)
//   1.33.3  openshift/openshift-apiserver@cd1ea2cd73586f0d473f994b2cdc253cd00a7667
//   1.34.1  openshift/openshift-apiserver@71b7016d0d99bca2aa058d2bb7c9f4ff7457d7de
//   1.35    kube_features.go with 1.35 entries, not from a vendoring project (search index file
//           id 378079260; commit not reported)
//
// A gate's 1.35 default is that of its last versioned spec at or before 1.35; every gate below has
// one there, under the name used here. The file has the graduations the 1.35 release announcement
// names (InPlacePodVerticalScaling GA, DynamicResourceAllocation locked on, PodCertificateRequest
// beta, GenericWorkload, GangScheduling and NodeDeclaredFeatures alpha) and still lists gates
// marked "remove in 1.36", but nothing ties it to the v1.35.0 tag: it may be a development
// snapshot of 1.35 (or of master just after the branch) rather than the release.
//
// Which gate drops which field: pkg/api/pod/util.go (dropDisabledFields) and
// pkg/api/persistentvolumeclaim/util.go vendored at 1.34.1 (same commit as above); for 1.27's
// hostUsers gate, pkg/api/pod/util.go of kubeedge/kubeedge@5e77de0e60a654fe4f86c8ea3f551d183b451413
// (k8s.io/kubernetes 1.27.15, kubeedge's fork); Job, Service and StatefulSet fields: the
// `+featureGate=` markers and field docs in k8s.io/api types.go (refs in api-fields.ts) and the
// registry strategies upstream (job PrepareForCreate, dropServiceDisabledFields,
// dropStatefulSetDisabledFields), read without a pinned release. 1.35's drop code was not read:
// it is taken to drop what 1.34.1's does; GenericWorkload (new in 1.35) by its +featureGate marker.
//
// NOT VERIFIED: defaults in 1.36. No 1.36 tree was read; the 1.35 file has a single entry dated
// 1.36 (VolumeAttributesClass, GA and on since 1.34, locked to its default from 1.36). So no gate
// is reported off by default in 1.36: offThrough never passes DEFAULTS_READ_THROUGH, and a gate
// still off in 1.35 has no defaultOnFrom.

/** The last target version whose gate defaults were read (kube_features.go, above). */
export const DEFAULTS_READ_THROUGH: K8sVersion = '1.35';

/** What one feature gate does to the fields it guards, per target version. */
export interface GateFacts {
  /** First target version (of 1.27 …) in which the gate was read off by default. */
  readonly offFrom?: K8sVersion;
  /** Last version read off by default; versions after it are on, or (after 1.35) unknown. */
  readonly offThrough?: K8sVersion;
  /** First version in which the gate is on by default (beta or GA), when that was read. */
  readonly defaultOnFrom?: K8sVersion;
  /** The gate's name in versions where it had another one. */
  readonly nameIn?: Partial<Record<K8sVersion, string>>;
  /** What the API server does to a guarded field while the gate is off, when not the default. */
  readonly effect?: string;
}

const DROPS = 'the API server drops this field unless the gate is on.';

/** The gates named by API_FIELD_CHANGES, keyed by their name in kube_features.go. */
export const API_GATES = {
  ClusterTrustBundleProjection: { offFrom: '1.29', offThrough: '1.35' },
  ContainerRestartRules: { offFrom: '1.34', offThrough: '1.34', defaultOnFrom: '1.35' },
  ContainerStopSignals: { offFrom: '1.33', offThrough: '1.35' },
  CrossNamespaceVolumeDataSource: {
    offFrom: '1.27',
    offThrough: '1.35',
    effect:
      'the API server drops the whole dataSourceRef when it names a namespace, unless the gate is on.',
  },
  DynamicResourceAllocation: { offFrom: '1.27', offThrough: '1.33', defaultOnFrom: '1.34' },
  EnvFiles: { offFrom: '1.34', offThrough: '1.34', defaultOnFrom: '1.35' },
  // New in 1.35 (alpha); guards workloadRef (1.35) and schedulingGroup (1.36).
  GenericWorkload: { offFrom: '1.35', offThrough: '1.35' },
  HostnameOverride: { offFrom: '1.34', offThrough: '1.34', defaultOnFrom: '1.35' },
  ImageVolume: { offFrom: '1.31', offThrough: '1.34', defaultOnFrom: '1.35' },
  InPlacePodVerticalScaling: { offFrom: '1.27', offThrough: '1.32', defaultOnFrom: '1.33' },
  JobBackoffLimitPerIndex: { offFrom: '1.28', offThrough: '1.28', defaultOnFrom: '1.29' },
  JobManagedBy: { offFrom: '1.30', offThrough: '1.31', defaultOnFrom: '1.32' },
  JobPodReplacementPolicy: { offFrom: '1.28', offThrough: '1.28', defaultOnFrom: '1.29' },
  JobSuccessPolicy: { offFrom: '1.30', offThrough: '1.30', defaultOnFrom: '1.31' },
  MatchLabelKeysInPodAffinity: { offFrom: '1.29', offThrough: '1.30', defaultOnFrom: '1.31' },
  MaxUnavailableStatefulSet: { offFrom: '1.27', offThrough: '1.34', defaultOnFrom: '1.35' },
  // types.go marks podCertificate `+featureGate=PodCertificateProjection`; the drop code and
  // kube_features.go (1.34.1, 1.35) name the gate PodCertificateRequest (beta, still off, in 1.35).
  PodCertificateRequest: { offFrom: '1.34', offThrough: '1.35' },
  PodLevelResources: { offFrom: '1.32', offThrough: '1.33', defaultOnFrom: '1.34' },
  PodLifecycleSleepAction: { offFrom: '1.29', offThrough: '1.29', defaultOnFrom: '1.30' },
  ProcMountType: { offFrom: '1.27', offThrough: '1.32', defaultOnFrom: '1.33' },
  RecursiveReadOnlyMounts: { offFrom: '1.30', offThrough: '1.30', defaultOnFrom: '1.31' },
  SELinuxChangePolicy: { offFrom: '1.32', offThrough: '1.32', defaultOnFrom: '1.33' },
  ServiceTrafficDistribution: { offFrom: '1.30', offThrough: '1.30', defaultOnFrom: '1.31' },
  SidecarContainers: {
    offFrom: '1.28',
    offThrough: '1.28',
    defaultOnFrom: '1.29',
    effect: 'the API server drops this field from init containers unless the gate is on.',
  },
  SupplementalGroupsPolicy: { offFrom: '1.31', offThrough: '1.32', defaultOnFrom: '1.33' },
  UserNamespacesSupport: {
    offFrom: '1.27',
    offThrough: '1.32',
    defaultOnFrom: '1.33',
    nameIn: { '1.27': 'UserNamespacesStatelessPodsSupport' },
  },
  VolumeAttributesClass: { offFrom: '1.29', offThrough: '1.33', defaultOnFrom: '1.34' },
} as const satisfies Record<string, GateFacts>;

export type GateName = keyof typeof API_GATES;

/**
 * The gate's name and what it does, when `gate` was read off by default in `version`;
 * undefined when it is on by default there, or its default there was not read (1.36).
 */
export function gateOffByDefault(
  gate: GateName,
  version: K8sVersion,
): { name: string; effect: string } | undefined {
  const facts: GateFacts = API_GATES[gate];
  if (!facts.offFrom || !facts.offThrough) return undefined;
  const v = minor(version);
  if (v < minor(facts.offFrom) || v > minor(facts.offThrough)) return undefined;
  return { name: facts.nameIn?.[version] ?? gate, effect: facts.effect ?? DROPS };
}
