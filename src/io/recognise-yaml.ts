// YAML that is not a Kubernetes object: a kustomization, a Docker Compose file, Helm values. Each
// is named from the keys of its first levels (recognise-scan.ts), and only with enough evidence
// that an ordinary foreign YAML document is not misnamed.
import type { KeyNode } from './recognise-scan.ts';

type Level = Map<string, KeyNode>;

/** A format the keys show, and the 1-based line that shows it best. */
export interface Found {
  format: 'kustomization' | 'docker-compose' | 'helm-values';
  line: number;
}

const has = (n: KeyNode, keys: readonly string[]) => keys.some((k) => n.children.has(k));
const firstLine = (nodes: readonly KeyNode[]) => Math.min(...nodes.map((n) => n.line));

/** Whether a document is a Kubernetes object (a kustomize `Kustomization` is not one). */
export function isKubernetesDocument(doc: Level): boolean {
  const apiVersion = doc.get('apiVersion');
  if (!apiVersion || !doc.has('kind')) return false;
  return !apiVersion.value.startsWith(KUSTOMIZE_API);
}

const KUSTOMIZE_API = 'kustomize.config.k8s.io/';
const KUSTOMIZE_KINDS = ['Kustomization', 'Component'];

/** Kustomization fields with the weight each gives; `seq` ones count only as lists. */
const KUSTOMIZE_KEYS = new Map<string, [number, 'seq' | 'map' | 'scalar' | 'any']>([
  ['resources', [1, 'seq']],
  ['bases', [1, 'seq']],
  ['components', [1, 'seq']],
  ['patches', [1, 'seq']],
  ['patchesStrategicMerge', [2, 'any']],
  ['patchesJson6902', [2, 'any']],
  ['namePrefix', [2, 'scalar']],
  ['nameSuffix', [2, 'scalar']],
  ['configMapGenerator', [2, 'any']],
  ['secretGenerator', [2, 'any']],
  ['generatorOptions', [2, 'any']],
  ['helmCharts', [2, 'any']],
  ['replacements', [2, 'any']],
  ['sortOptions', [2, 'any']],
  ['buildMetadata', [2, 'any']],
  ['commonLabels', [1, 'map']],
  ['commonAnnotations', [1, 'map']],
  ['labels', [1, 'seq']],
  ['images', [1, 'seq']],
  ['replicas', [1, 'seq']],
  ['crds', [1, 'seq']],
  ['generators', [1, 'seq']],
  ['transformers', [1, 'seq']],
  ['validators', [1, 'seq']],
  ['namespace', [0.5, 'scalar']],
]);
/** Fields only a kustomization has at the top: one of them must be there. */
const KUSTOMIZE_ANCHORS = [
  'resources',
  'bases',
  'components',
  'patches',
  'patchesStrategicMerge',
  'patchesJson6902',
  'configMapGenerator',
  'secretGenerator',
  'helmCharts',
  'namePrefix',
  'nameSuffix',
];

/**
 * A kustomization: `kind: Kustomization` (or `Component`) under `kustomize.config.k8s.io/…` or with
 * no apiVersion, or, with neither, mostly kustomization fields (`resources:` as a list, `patches:`,
 * `namePrefix:`, …). Flux's `Kustomization` (kustomize.toolkit.fluxcd.io) is a Kubernetes object.
 */
export function kustomization(doc: Level): Found | null {
  const apiVersion = doc.get('apiVersion');
  const kind = doc.get('kind');
  if (apiVersion?.value.startsWith(KUSTOMIZE_API))
    return { format: 'kustomization', line: kind?.line ?? apiVersion.line };
  if (kind) {
    return !apiVersion && KUSTOMIZE_KINDS.includes(kind.value)
      ? { format: 'kustomization', line: kind.line }
      : null;
  }
  if (apiVersion) return null;
  let score = 0;
  const matched: KeyNode[] = [];
  for (const [key, node] of doc) {
    const rule = KUSTOMIZE_KEYS.get(key);
    if (!rule || (rule[1] !== 'any' && node.shape !== rule[1])) continue;
    score += rule[0];
    matched.push(node);
  }
  const anchored = KUSTOMIZE_ANCHORS.some((k) => {
    const node = doc.get(k);
    return node !== undefined && matched.includes(node);
  });
  if (!anchored || score < 2 || matched.length * 2 < doc.size) return null;
  return { format: 'kustomization', line: firstLine(matched) };
}

const COMPOSE_TOP = ['version', 'name', 'services', 'networks', 'volumes', 'configs', 'secrets'];
const COMPOSE_MORE = ['include', 'models'];

/**
 * A Docker Compose file: `services:` a map of services of which one at least has an `image:` (one
 * line) or a `build:`, and only Compose's own top-level keys beside it (`version`, `volumes`, …,
 * and `x-` extensions), as Compose itself allows.
 */
export function dockerCompose(doc: Level): Found | null {
  const services = doc.get('services');
  if (!services || services.shape !== 'map') return null;
  for (const key of doc.keys()) {
    if (!COMPOSE_TOP.includes(key) && !COMPOSE_MORE.includes(key) && !key.startsWith('x-')) {
      return null;
    }
  }
  for (const service of services.children.values()) {
    const image = service.children.get('image');
    if (image?.shape === 'scalar' || service.children.has('build')) {
      return { format: 'docker-compose', line: services.line };
    }
  }
  return null;
}

type Weight = number | ((n: KeyNode) => number);
const mapWith =
  (weight: number, ...keys: string[]) =>
  (n: KeyNode) =>
    n.shape === 'map' && (keys.length === 0 || has(n, keys)) ? weight : 0;

/**
 * Top-level keys of a chart's values.yaml, with the weight each gives. Keys that a pod spec or a
 * container also has (nodeSelector, volumes, env) weigh half: a pasted pod spec is not values.
 */
const VALUES_KEYS = new Map<string, Weight>([
  ['image', mapWith(1, 'repository', 'tag', 'registry', 'pullPolicy', 'digest')],
  ['replicaCount', 1],
  ['imagePullSecrets', 1],
  ['serviceAccount', mapWith(1, 'create', 'name', 'annotations', 'automount')],
  ['podAnnotations', 1],
  ['podLabels', 1],
  ['podSecurityContext', 1],
  ['nameOverride', 1],
  ['fullnameOverride', 1],
  ['ingress', mapWith(1, 'enabled', 'className', 'hosts', 'annotations')],
  ['service', mapWith(1, 'type', 'port', 'ports')],
  ['autoscaling', mapWith(1)],
  ['persistence', mapWith(1)],
  ['serviceMonitor', mapWith(1)],
  ['podDisruptionBudget', mapWith(1)],
  ['rbac', mapWith(1, 'create')],
  ['resources', (n) => (n.shape === 'map' ? 1 : 0)],
  ['sidecars', 1],
  ['nodeSelector', 0.5],
  ['tolerations', 0.5],
  ['affinity', 0.5],
  ['securityContext', 0.5],
  ['volumes', 0.5],
  ['volumeMounts', 0.5],
  ['env', 0.5],
  ['initContainers', 0.5],
  ['livenessProbe', 0.5],
  ['readinessProbe', 0.5],
  ['startupProbe', 0.5],
  ['updateStrategy', 0.5],
  ['priorityClassName', 0.5],
  ['global', mapWith(0.5)],
  ['enabled', (n) => (n.value === 'true' || n.value === 'false' ? 0.5 : 0)],
]);

function valuesWeight(key: string, node: KeyNode): number {
  const weight = VALUES_KEYS.get(key);
  if (weight !== undefined) return typeof weight === 'number' ? weight : weight(node);
  // extraContainers, extraVolumes, extraEnvVars, utilitySidecar: chart conventions only.
  if (/^extra[A-Z]/.test(key) || /sidecar/i.test(key)) return 1;
  return 0;
}

/** The score of one level of keys, and the keys that made it; 0 for a pod spec or a container. */
function valuesScore(level: Level): { score: number; strong: number; matched: KeyNode[] } {
  const none = { score: 0, strong: 0, matched: [] };
  if (level.has('containers') || level.has('apiVersion')) return none;
  if (level.has('name') && level.get('image')?.shape === 'scalar') return none;
  let score = 0;
  let strong = 0;
  const matched: KeyNode[] = [];
  for (const [key, node] of level) {
    const w = valuesWeight(key, node);
    if (w === 0) continue;
    score += w;
    if (w >= 1) strong++;
    matched.push(node);
  }
  return { score, strong, matched };
}

/**
 * Helm values: no apiVersion, and at the top level, or in one top-level map (an umbrella chart's
 * values for a subchart, `pingdirectory: {enabled: true, …}`), keys worth 2 or more of which one
 * at least is a values-only key (`replicaCount`, `image.repository`, `podAnnotations`, …).
 * Whether the text parses is for the caller to check.
 */
export function helmValues(doc: Level): Found | null {
  if (doc.has('apiVersion') || (doc.has('kind') && (doc.has('metadata') || doc.has('spec')))) {
    return null;
  }
  const levels = [
    doc,
    ...[...doc.values()].filter((n) => n.shape === 'map').map((n) => n.children),
  ];
  for (const level of levels) {
    const { score, strong, matched } = valuesScore(level);
    if (score >= 2 && strong >= 1) return { format: 'helm-values', line: firstLine(matched) };
  }
  return null;
}
