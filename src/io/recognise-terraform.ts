import type { HclBlock } from './recognise-scan.ts';

/** How many resources a message names before it sums up the rest. */
const NAMED = 3;

/** Kinds a pod runs under, which a Podsmith user most likely came to design. */
const WORKLOADS = [
  'pod',
  'deployment',
  'statefulset',
  'daemonset',
  'replicaset',
  'job',
  'cronjob',
  'replicationcontroller',
];

/** Other objects `kubectl get` prints, named as the Kubernetes provider's resource types are. */
const OBJECTS = [
  'service',
  'configmap',
  'secret',
  'persistentvolumeclaim',
  'persistentvolume',
  'namespace',
  'ingress',
  'serviceaccount',
  'horizontalpodautoscaler',
  'poddisruptionbudget',
  'networkpolicy',
  'role',
  'rolebinding',
  'clusterrole',
  'clusterrolebinding',
  'storageclass',
  'resourcequota',
  'limitrange',
  'priorityclass',
];

/**
 * The resource `kubectl get` takes for a Kubernetes provider resource type:
 * `kubernetes_stateful_set_v1` → `statefulset`, `kubernetes_config_map` → `configmap`.
 */
export function kubectlResource(type: string): string {
  let name = type.slice('kubernetes_'.length);
  const version = name.lastIndexOf('_v');
  if (version > 0 && /^_v\d+((alpha|beta)\d+)?$/.test(name.slice(version))) {
    name = name.slice(0, version);
  }
  return name.replaceAll('_', '');
}

/**
 * What to say about a Terraform file: the kubernetes_* resources it manages, that Podsmith cannot
 * convert them yet, and how to get YAML today (`kubectl get … -o yaml` once applied, or the
 * manifest of a kubernetes_manifest written as YAML).
 */
export function terraformMessage(blocks: readonly HclBlock[]): string {
  const managed = blocks.filter((b) => b.kind === 'resource' && b.type.startsWith('kubernetes_'));
  if (managed.length === 0) {
    return 'This looks like Terraform (HCL), with no kubernetes_* resources in it: Podsmith reads Kubernetes YAML manifests.';
  }
  const named = managed.slice(0, NAMED).map((b) => `${b.type} "${b.name}"`);
  const more = managed.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : joinAnd(named);
  const what = `This looks like Terraform (HCL) with ${list}: Podsmith reads Kubernetes YAML and cannot convert Terraform yet.`;

  const kinds = managed.map((b) => kubectlResource(b.type));
  const kind = kinds.find((k) => WORKLOADS.includes(k)) ?? kinds.find((k) => OBJECTS.includes(k));
  if (kind) {
    return `${what} Once it is applied, \`kubectl get ${kind} <name> -o yaml\` prints the object as YAML to paste here.`;
  }
  if (kinds.includes('manifest')) {
    return `${what} A kubernetes_manifest's manifest is the object itself: write it as YAML here.`;
  }
  return `${what} Once it is applied, \`kubectl get <kind> <name> -o yaml\` prints an object as YAML to paste here.`;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
