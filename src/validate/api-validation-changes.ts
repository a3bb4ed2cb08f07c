import { minor, type K8sVersion } from './versions.ts';

// How the API server's validation of the objects Podsmith designs changed between Kubernetes 1.27
// and 1.36: a check added, relaxed or reworded, a warning added. One entry per change, keyed by a
// plain name; rules ask `validationChanged(name, ctx.k8s)` instead of comparing versions inline.
// Each `source` is what the rule file's comments say was read (the vendored validation.go,
// warnings.go and util.go commits are listed in api-gates.ts and the rule files' headers).
//
// Not here: a field's arrival (api-fields.ts, servedIn) and a gate's default (api-gates.ts,
// gateOffByDefault), including native sidecars (versions.ts nativeSidecarsOn, the SidecarContainers
// gate): while a version does not serve a field or drops it, nothing about it is validated.

/** One change in what the API server validates or warns about. */
export interface ValidationChange {
  /** First version whose API behaves so. */
  readonly since: K8sVersion;
  /** What the API does from that version, in one sentence. */
  readonly what: string;
  /** Where it was read, as the rule file's comments say. */
  readonly source: string;
}

/** Every validation change 1.27–1.36 that a rule follows, keyed by name. */
export const VALIDATION_CHANGES = {
  // Containers and env
  containerRestartRules: {
    since: '1.35',
    what: 'Any container may set restartPolicy to Always, OnFailure or Never (ContainerRestartRules beta and on).',
    source:
      'containers.ts restartPolicy: pkg/api/pod/util.go dropContainerRestartRules, 1.34.1; 1.35 beta per api-gates.ts',
  },
  envHostIPsFieldPath: {
    since: '1.29',
    what: 'An env fieldRef may read status.hostIPs (PodHostIPs beta and on by default).',
    source: 'env.ts envFieldPaths: validEnvDownwardAPIFieldPathExpressions',
  },
  relaxedEnvVarNames: {
    since: '1.32',
    what: 'Env var names are checked by the relaxed rule, not as C identifiers (RelaxedEnvironmentVariableValidation beta and on; GA in 1.34).',
    source: 'source: as commented in env.ts (env family)',
  },
  sleepActionZero: {
    since: '1.33',
    what: 'A sleep hook may sleep 0 seconds (PodLifecycleSleepActionAllowZero beta and on), with that release’s message.',
    source:
      'lifecycle.ts validateSleepAction: ceph/ceph-csi@e727bd351, @5a66991bb (1.30.0, 1.31.0); openshift-apiserver vendors 1.32.1, 1.33.3 (api-gates.ts)',
  },

  // Pod spec
  legacyIPFieldValidation: {
    since: '1.30',
    what: 'Nameserver and hostAlias IPs are checked by IsValidIPForLegacyField (before: ParseIPSloppy, "must be valid IP address").',
    source:
      'pod-dns.ts: validation.go 1.34.1 (openshift/openshift-apiserver@56aa2d96e) and 1.27.2–1.33.3 (api-gates.ts)',
  },
  hostAliasIndexedPaths: {
    since: '1.30',
    what: 'hostAliases errors name the alias index (spec.hostAliases[i].ip) instead of spec.hostAliases.ip.',
    source:
      'pod-dns.ts: validation.go 1.34.1 (openshift/openshift-apiserver@56aa2d96e) and 1.27.2–1.33.3 (api-gates.ts)',
  },
  relaxedDNSSearch: {
    since: '1.33',
    what: 'A dnsConfig search domain may be "." or hold "_" (RelaxedDNSSearchValidation on by default).',
    source:
      'pod-dns.ts: validation.go 1.34.1 (openshift/openshift-apiserver@56aa2d96e) and 1.27.2–1.33.3 (api-gates.ts)',
  },
  osNameRequiredMessage: {
    since: '1.34',
    what: 'An empty os.name is a plain Required error (before 1.34 it said "cannot be empty").',
    source: 'source: as commented in pod-spec-fields.ts (validateOS)',
  },
  hostNetworkSysctls: {
    since: '1.29',
    what: 'Sysctls of a namespace shared with the node (hostNetwork, hostIPC) are rejected (ValidateHostSysctl).',
    source: 'security-context.ts: kubernetes#118705, CHANGELOG-1.29',
  },
  hostUsersVolumeDevices: {
    since: '1.34',
    what: 'validateHostUsers also forbids volumeDevices with hostUsers: false, in 1.34’s words (1.33: "when `pod.Spec.HostUsers` is false").',
    source:
      'security-context.ts: vendored validation.go at openshift/openshift-apiserver@cd1ea2cd7 (1.33.3)',
  },
  seLinuxChangePolicyNotOnlyRecursive: {
    since: '1.36',
    what: 'seLinuxChangePolicy is no longer held to Recursive: SELinuxMount’s 1.36 default was not read, so both values pass.',
    source:
      'security-context.ts: kube_features.go (SELinuxMount off by default 1.33–1.35, as read for api-gates.ts); 1.36 not read',
  },

  // Scheduling
  tolerationExistsValueMessage: {
    since: '1.32',
    what: 'A value beside operator Exists is reported with the value alone (before: the whole toleration as JSON).',
    source:
      'scheduling.ts validateTolerations: validation.go at 1.27.2, 1.28–1.31 (ceph/ceph-csi), 1.32.1, 1.33.3, 1.34.1',
  },
  nodeAffinityLabelValues: {
    since: '1.32',
    what: 'Required node affinity values must be valid label values.',
    source:
      'source: as commented in scheduling-affinity.ts (AffinityOptions.nodeAffinityLabelValues)',
  },
  topologySpreadMatchLabelKeysMerged: {
    since: '1.34',
    what: 'Topology spread matchLabelKeys follow ValidateMatchLabelKeysAndMismatchLabelKeys, merged into a Pod’s labelSelector first (MatchLabelKeysInPodTopologySpreadSelectorMerge).',
    source:
      'scheduling.ts validateTopologySpreadConstraints: validation.go at 1.27.2, 1.28–1.31 (ceph/ceph-csi), 1.32.1, 1.33.3, 1.34.1',
  },

  // Pod warnings
  cephfsRbdDeprecatedWarning: {
    since: '1.28',
    what: 'cephfs and rbd volumes are warned "deprecated in v1.28, non-functional in v1.31+".',
    source:
      'pod-warnings-volumes.ts: pkg/api/pod/warnings.go at 1.28.6 (kubeedge/kubeedge@6a27e2ab9) vs 1.27.7',
  },
  gitRepoDisabledWarning: {
    since: '1.33',
    what: 'The gitRepo warning adds "disabled by default in v1.33+" (GitRepoVolumeDriver off by default).',
    source:
      'pod-warnings-volumes.ts: pkg/api/pod/warnings.go at 1.33.3 (openshift/openshift-apiserver@cd1ea2cd7)',
  },
  overlappingPathWarnings: {
    since: '1.31',
    what: 'Items of one configMap, secret, downwardAPI or projected volume written to overlapping paths are warned (warningsForOverlappingVirtualPaths).',
    source:
      'pod-warnings-volumes.ts: pkg/api/pod/warnings.go at 1.31.1 (openshift/openshift-apiserver@d5c39411e)',
  },
  overlapWarningOwnPaths: {
    since: '1.33',
    what: 'A projected source without paths no longer re-uses the previous source’s paths in the overlap warning.',
    source:
      'pod-warnings-volumes.ts overlappingPathWarnings: pkg/api/pod/warnings.go at 1.32.1 (@c596b6e88) and 1.33.3 (@cd1ea2cd7)',
  },
  overlapWarningPodCertificatePaths: {
    since: '1.33',
    what: 'The overlap warning counts a podCertificate projection’s chain, key and credential bundle paths.',
    source:
      'pod-warnings-volumes.ts projectedPaths: pkg/api/pod/warnings.go at 1.33.3 (@cd1ea2cd7)',
  },
  nullTopologySpreadSelectorWarning: {
    since: '1.28',
    what: 'A topology spread constraint without labelSelector is warned that it matches no pod.',
    source: 'pod-warnings.ts: pkg/api/pod/warnings.go, releases listed in pod-warnings-volumes.ts',
  },
  hostPortWarnings: {
    since: '1.28',
    what: 'A hostIP without hostPort, and a port declared again with another host mapping, are warned.',
    source:
      'pod-warnings.ts portWarnings: pkg/api/pod/warnings.go, releases listed in pod-warnings-volumes.ts',
  },
  podAffinityTermWarnings: {
    since: '1.28',
    what: 'Pod (anti-)affinity terms are warned about (warningsForPodAffinityTerms, warningsForWeightedPodAffinityTerms).',
    source:
      'pod-warnings.ts affinityTermWarnings: pkg/api/pod/warnings.go, releases listed in pod-warnings-volumes.ts',
  },
  appArmorAnnotationWarning: {
    since: '1.30',
    what: 'A container AppArmor annotation without its field is warned "deprecated since v1.30".',
    source:
      'pod-warnings.ts securityAnnotationWarnings: pkg/api/pod/warnings.go, releases listed in pod-warnings-volumes.ts',
  },
  appArmorWarningMatchingProfile: {
    since: '1.34',
    what: 'Only a pod-level AppArmor profile matching the annotation silences its warning (through 1.33, any pod-level profile).',
    source:
      'pod-warnings.ts securityAnnotationWarnings: pkg/api/pod/warnings.go 1.34.1 (@56aa2d96e) vs 1.33.3',
  },
  nodeSelectorValueWarnings: {
    since: '1.33',
    what: 'Preferred node affinity terms are warned about invalid values too (GetWarningsForNodeSelectorTerm checkValues).',
    source:
      'pod-warnings.ts nodeSelectorTermWarnings: pkg/api/pod/warnings.go, releases listed in pod-warnings-volumes.ts',
  },
  deprecatedIPWarnings: {
    since: '1.33',
    what: 'Deprecated IP address forms in dnsConfig.nameservers and hostAliases are warned.',
    source:
      'pod-warnings.ts ipWarnings: pkg/api/pod/warnings.go, releases listed in pod-warnings-volumes.ts',
  },
  betaStorageClassWarning: {
    since: '1.28',
    what: 'A PVC’s beta storage-class annotation is warned.',
    source:
      'pvc-warnings.ts: pkg/api/persistentvolumeclaim/util.go at 1.28.6 (kubeedge/kubeedge@6a27e2ab9), absent at 1.27.7 (@7c02a3f52)',
  },

  // Kubelet defaults (security profile)
  safeSysctlsTcpKeepalive: {
    since: '1.29',
    what: 'The kubelet counts net.ipv4.tcp_fin_timeout and the tcp_keepalive sysctls as safe.',
    source:
      'source: as commented in security-pod.ts (pkg/kubelet/sysctl/safe_sysctls.go, SAFE_SINCE_1_29)',
  },

  // Services
  externalIPsExternallyAccessible: {
    since: '1.29',
    what: 'A ClusterIP Service with externalIPs is externally accessible (ExternallyAccessible), with the "externally-accessible services" message.',
    source:
      'service-spec.ts: validation.go in openshift-apiserver v1.28.3 fc1b42f4a, v1.29.2 4fceeed95',
  },
  sourceRangesPerEntry: {
    since: '1.30',
    what: 'loadBalancerSourceRanges errors are per entry (up to 1.29 the whole list was one error).',
    source:
      'service-spec.ts validateSourceRanges: validation.go in openshift-apiserver v1.29.2 4fceeed95, v1.30.3 f52627a35',
  },
  kubeletPortLoadBalancerAllowed: {
    since: '1.33',
    what: 'A LoadBalancer Service may expose port 10250 (up to 1.32 the kubelet’s port was refused).',
    source:
      'service-ports.ts validateServicePorts: validation.go in openshift-apiserver v1.32.1 7a1cb5583, v1.33.3 354e73c96',
  },
  trafficDistributionPreferSame: {
    since: '1.34',
    what: 'trafficDistribution takes PreferSameZone and PreferSameNode too (PreferSameTrafficDistribution beta and on).',
    source: 'source: as commented in service-spec.ts (validateServiceTrafficDistribution)',
  },
  serviceExternalWarnings: {
    since: '1.28',
    what: 'The externalName and externalIPs Service warnings are given.',
    source: 'service-warnings.ts: pkg/api/service/warnings.go 1.34.1 (@56aa2d96e) and its history',
  },
  apimachineryCIDRWarnings: {
    since: '1.33',
    what: 'Service IP and CIDR warnings come from apimachinery: new words, and the ambiguous-CIDR warning.',
    source:
      'service-warnings.ts and ip.ts GetWarningsForCIDR: pkg/api/service/warnings.go and its history',
  },
  headlessServiceWarnings: {
    since: '1.34',
    what: 'A headless Service is warned about the fields it ignores (loadBalancerIP among them).',
    source:
      'service-warnings.ts: pkg/api/service/warnings.go 1.34.1 (@56aa2d96e), SessionAffinity fix #134133',
  },
} as const satisfies Record<string, ValidationChange>;

export type ValidationChangeName = keyof typeof VALIDATION_CHANGES;

/** True when the API of `version` behaves as `name` describes (version ≥ its `since`). */
export function validationChanged(name: ValidationChangeName, version: K8sVersion): boolean {
  return minor(version) >= minor(VALIDATION_CHANGES[name].since);
}
