import { podLabels } from './labels.ts';
import { WORKLOADS } from './kinds.ts';
import { labelSelectorMatches, mapSelects } from './selectors.ts';
import { getPath } from './view.ts';
import type { LabelValue, ObjectView, PodView } from './types.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A document of the design beside the pod, with what ties it to the pod, in words. */
export interface AttachedObject extends ObjectView {
  /** Not a Kubernetes object: no `apiVersion` or no `kind`. */
  foreign: boolean;
  /** What links it to the shown pod ("selects the pod", `claimed by volume "data"`), in order. */
  links: string[];
  /** Why it does not reach the pod although it looks meant to (other namespace, stale selector). */
  note?: string;
}

/**
 * Every non-workload document of the design with its links to the shown workload's pod: Services,
 * PodDisruptionBudgets and NetworkPolicies that select its labels, PersistentVolumeClaims its
 * volumes claim, ConfigMaps and Secrets its volumes, env and envFrom use, its ServiceAccount, a
 * HorizontalPodAutoscaler that scales it. Objects in another namespace than the workload (both
 * set, different) link to nothing.
 */
export function attachedObjects(
  values: readonly unknown[],
  objects: readonly ObjectView[],
  workload: PodView | undefined,
): AttachedObject[] {
  const pod = workload ? podFacts(values[workload.document], workload) : undefined;
  return objects.map((o) => {
    const value = values[o.document];
    const foreign = !o.apiVersion || !o.kind;
    const base = { ...o, foreign, links: [] as string[] };
    if (foreign || !pod || !workload) return base;
    const ns = str(getPath(value, ['metadata', 'namespace']));
    const podNs = workload.namespaces.namespace;
    if (ns !== undefined && podNs !== undefined && ns !== podNs) {
      return { ...base, note: `in namespace ${ns}; the pod is in ${podNs}` };
    }
    return { ...base, ...linksOf(o, value, pod, workload) };
  });
}

/** What a pod refers to by name: its labels, and the objects its volumes, env and spec use. */
export interface PodFacts {
  labels: Record<string, LabelValue>;
  /** Volume source references (projected sources included), in volume order. */
  volumes: { kind: 'configMap' | 'secret' | 'claim'; name: string; volume: string }[];
  /**
   * Env and envFrom references, with the container (its name, and `at`: its index in
   * `pod.containers`) and the variable (none for envFrom).
   */
  env: {
    kind: 'configMap' | 'secret';
    name: string;
    container: string;
    at: number;
    variable?: string;
  }[];
  serviceAccount?: string;
  /** A StatefulSet's governing Service. */
  serviceName?: string;
  imagePullSecrets: string[];
}

/**
 * What the pod of `pod` (whose document is `value`) refers to: the ConfigMaps, Secrets and claims
 * its volumes use, the ConfigMaps and Secrets its containers' env and envFrom use, its service
 * account, governing Service and image pull Secrets. The one reading of these fields, for the
 * attached objects and the diagram.
 */
export function podFacts(value: unknown, pod: PodView): PodFacts {
  const spec = getPath(value, pod.specPath);
  const facts: PodFacts = {
    labels: podLabels(value, pod),
    volumes: [],
    env: [],
    serviceAccount: str(getPath(spec, ['serviceAccountName'])),
    serviceName: WORKLOADS[pod.kind].stableIdentity
      ? str(getPath(value, ['spec', 'serviceName']))
      : undefined,
    imagePullSecrets: asList(getPath(spec, ['imagePullSecrets']))
      .map((s) => str(getPath(s, ['name'])))
      .filter((s): s is string => s !== undefined),
  };
  const addVolumeRef = (
    kind: PodFacts['volumes'][number]['kind'],
    name: unknown,
    volume: string,
  ) => {
    if (typeof name === 'string') facts.volumes.push({ kind, name, volume });
  };
  for (const v of asList(getPath(spec, ['volumes']))) {
    const volume = str(getPath(v, ['name'])) ?? '';
    addVolumeRef('configMap', getPath(v, ['configMap', 'name']), volume);
    addVolumeRef('secret', getPath(v, ['secret', 'secretName']), volume);
    addVolumeRef('claim', getPath(v, ['persistentVolumeClaim', 'claimName']), volume);
    for (const s of asList(getPath(v, ['projected', 'sources']))) {
      addVolumeRef('configMap', getPath(s, ['configMap', 'name']), volume);
      addVolumeRef('secret', getPath(s, ['secret', 'name']), volume);
    }
  }
  pod.containers.forEach((c, at) => {
    const raw = getPath(value, c.path);
    for (const e of asList(getPath(raw, ['env']))) {
      const variable = str(getPath(e, ['name']));
      const cm = str(getPath(e, ['valueFrom', 'configMapKeyRef', 'name']));
      const secret = str(getPath(e, ['valueFrom', 'secretKeyRef', 'name']));
      if (cm) facts.env.push({ kind: 'configMap', name: cm, container: c.name, at, variable });
      if (secret) facts.env.push({ kind: 'secret', name: secret, container: c.name, at, variable });
    }
    for (const e of asList(getPath(raw, ['envFrom']))) {
      const cm = str(getPath(e, ['configMapRef', 'name']));
      const secret = str(getPath(e, ['secretRef', 'name']));
      if (cm) facts.env.push({ kind: 'configMap', name: cm, container: c.name, at });
      if (secret) facts.env.push({ kind: 'secret', name: secret, container: c.name, at });
    }
  });
  return facts;
}

function linksOf(
  o: ObjectView,
  value: unknown,
  pod: PodFacts,
  workload: PodView,
): Pick<AttachedObject, 'links' | 'note'> {
  const links: string[] = [];
  const name = o.name;
  switch (o.kind) {
    case 'Service': {
      const selector = getPath(value, ['spec', 'selector']);
      if (mapSelects(selector, pod.labels)) links.push('selects the pod');
      if (name !== undefined && name === pod.serviceName)
        links.push(`gives the ${workload.kind}'s pods their DNS names (serviceName)`);
      if (isObj(selector) && Object.keys(selector).length && !mapSelects(selector, pod.labels))
        return { links, note: 'its selector does not match the pod labels' };
      break;
    }
    case 'PodDisruptionBudget':
    case 'NetworkPolicy': {
      const path = o.kind === 'NetworkPolicy' ? ['spec', 'podSelector'] : ['spec', 'selector'];
      if (labelSelectorMatches(getPath(value, path), pod.labels))
        links.push(o.kind === 'NetworkPolicy' ? 'applies to the pod' : 'protects the pod');
      break;
    }
    case 'PersistentVolumeClaim':
      for (const v of pod.volumes)
        if (v.kind === 'claim' && v.name === name) links.push(`claimed by volume "${v.volume}"`);
      break;
    case 'ConfigMap':
    case 'Secret': {
      const kind = o.kind === 'ConfigMap' ? 'configMap' : 'secret';
      for (const v of pod.volumes)
        if (v.kind === kind && v.name === name) links.push(`used by volume "${v.volume}"`);
      for (const e of pod.env) {
        if (e.kind !== kind || e.name !== name) continue;
        links.push(
          e.variable
            ? `used by env ${e.variable} of "${e.container}"`
            : `used by envFrom of "${e.container}"`,
        );
      }
      if (kind === 'secret' && name !== undefined && pod.imagePullSecrets.includes(name))
        links.push('pulls the images (imagePullSecrets)');
      break;
    }
    case 'ServiceAccount':
      if (name !== undefined && name === pod.serviceAccount)
        links.push("is the pod's service account");
      break;
    case 'HorizontalPodAutoscaler': {
      const target = getPath(value, ['spec', 'scaleTargetRef']);
      if (
        getPath(target, ['kind']) === workload.kind &&
        getPath(target, ['name']) === workload.name
      )
        links.push(`scales the ${workload.kind}`);
      break;
    }
  }
  return { links: [...new Set(links)] };
}
