// Every kind Kubernetes 1.36 serves under each of its GA group/versions (from kubernetes-models
// 5.1.0, which is generated from the API's OpenAPI; builtin-kinds.test.ts checks the two agree).
// Under these apiVersions Podsmith knows every kind, so any other kind is one the API would refuse.
// Beta and alpha versions come and go between releases, and other groups are custom resources:
// there Podsmith cannot tell, so it says nothing. The `<Kind>List` kinds are left out: lists are
// recognised by their `items` (rules/objects.ts).

/** The kinds served under each GA apiVersion of the built-in API groups. */
export const BUILTIN_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    v1: 'Binding ComponentStatus ConfigMap Endpoints Event LimitRange Namespace Node PersistentVolume PersistentVolumeClaim Pod PodTemplate ReplicationController ResourceQuota Secret Service ServiceAccount',
    'admissionregistration.k8s.io/v1':
      'MutatingAdmissionPolicy MutatingAdmissionPolicyBinding MutatingWebhookConfiguration ValidatingAdmissionPolicy ValidatingAdmissionPolicyBinding ValidatingWebhookConfiguration',
    'apiextensions.k8s.io/v1': 'CustomResourceDefinition',
    'apiregistration.k8s.io/v1': 'APIService',
    'apps/v1': 'ControllerRevision DaemonSet Deployment ReplicaSet StatefulSet',
    'authentication.k8s.io/v1': 'SelfSubjectReview TokenRequest TokenReview',
    'authorization.k8s.io/v1':
      'LocalSubjectAccessReview SelfSubjectAccessReview SelfSubjectRulesReview SubjectAccessReview',
    'autoscaling/v1': 'HorizontalPodAutoscaler Scale',
    'autoscaling/v2': 'HorizontalPodAutoscaler',
    'batch/v1': 'CronJob Job',
    'certificates.k8s.io/v1': 'CertificateSigningRequest',
    'coordination.k8s.io/v1': 'Lease',
    'discovery.k8s.io/v1': 'EndpointSlice',
    'events.k8s.io/v1': 'Event',
    'flowcontrol.apiserver.k8s.io/v1': 'FlowSchema PriorityLevelConfiguration',
    'networking.k8s.io/v1': 'IPAddress Ingress IngressClass NetworkPolicy ServiceCIDR',
    'node.k8s.io/v1': 'RuntimeClass',
    'policy/v1': 'Eviction PodDisruptionBudget',
    'rbac.authorization.k8s.io/v1': 'ClusterRole ClusterRoleBinding Role RoleBinding',
    'resource.k8s.io/v1': 'DeviceClass ResourceClaim ResourceClaimTemplate ResourceSlice',
    'scheduling.k8s.io/v1': 'PriorityClass',
    'storage.k8s.io/v1':
      'CSIDriver CSINode CSIStorageCapacity StorageClass VolumeAttachment VolumeAttributesClass',
  }).map(([apiVersion, kinds]) => [apiVersion, new Set(kinds.split(' '))]),
);
