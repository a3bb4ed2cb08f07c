import { isQualifiedName } from '../apimachinery.ts';

// The resource-name helpers of pkg/apis/core/helper/helpers.go (Kubernetes 1.34.1, vendored in
// openshift/openshift-apiserver@56aa2d96e): which names are native, extended, hugepages, standard
// and integer-valued, as the resource rules of containers, pods and overhead ask.

/** `standardResources`. */
const STANDARD_RESOURCES = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'storage',
  'requests.storage',
  'services.nodeports',
  'services.loadbalancers',
]);

/** `integerResources`. */
const INTEGER_RESOURCES = new Set([
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'services.nodeports',
  'services.loadbalancers',
]);

/** `IsHugePageResourceName`: `hugepages-<size>`. */
export const isHugePageResourceName = (name: string) => name.startsWith('hugepages-');

/** `IsNativeResource`: no domain, or a `kubernetes.io/` one. */
export const isNativeResource = (name: string) =>
  !name.includes('/') || name.includes('kubernetes.io/');

/** `IsExtendedResourceName`: not native, and a qualified name once prefixed with `requests.`. */
export const isExtendedResourceName = (name: string) =>
  !isNativeResource(name) &&
  !name.startsWith('requests.') &&
  isQualifiedName(`requests.${name}`).length === 0;

/** `IsStandardResourceName`: a standard resource, or hugepages (a quota's too). */
export const isStandardResourceName = (name: string) =>
  STANDARD_RESOURCES.has(name) ||
  isHugePageResourceName(name) ||
  name.startsWith('requests.hugepages-');

/** `IsIntegerResourceName`: a count (pods, services, …) or an extended resource. */
export const isIntegerResourceName = (name: string) =>
  INTEGER_RESOURCES.has(name) || isExtendedResourceName(name);

/** `IsOvercommitAllowed`: native resources other than hugepages may request less than their limit. */
export const isOvercommitAllowed = (name: string) =>
  isNativeResource(name) && !isHugePageResourceName(name);
