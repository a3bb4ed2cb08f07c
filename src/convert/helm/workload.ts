import { joinImage, splitImage } from '../kustomize/image.ts';
import { isPlain } from '../plain.ts';
import type { KindFacts } from '../../pod/kinds.ts';
import { keyedBlock, putAt, type Holes } from './holes.ts';

type Obj = Record<string, unknown>;

/** An object's template tree (with holes) and its section of values.yaml. */
export interface Part {
  tree: Obj;
  values: Obj;
  notCarried: string[];
}

/** `{repository, tag, digest}` for an image reference that splits and joins back exactly. */
export function imageValue(image: unknown): unknown {
  if (typeof image !== 'string' || image === '') return image;
  const parts = splitImage(image);
  if (joinImage(parts) !== image) return image;
  const value: Obj = { repository: parts.name };
  if (parts.tag) value.tag = parts.tag;
  if (parts.digest) value.digest = parts.digest;
  return value;
}

/** A container as values hold it: its image taken apart, everything else as designed. */
const containerValue = (c: unknown): unknown =>
  isPlain(c) && 'image' in c ? putAt(c, 'image', 'image', imageValue(c.image)) : c;

/** `field:` and the list `v` holds, when it holds any. */
const listBlock = (list: string, field: string) => (i: number) => [
  `{{- with ${list} }}`,
  `${field}:`,
  `  {{- toYaml . | nindent ${i + 2} }}`,
  '{{- end }}',
];

/** The items of the list `v` holds, after the items already written. */
const moreItems = (list: string) => (i: number) => [
  `{{- with ${list} }}`,
  `{{- toYaml . | nindent ${i} }}`,
  '{{- end }}',
];

/**
 * `obj` with the line token in place of `key`, but never first: a list item's first line holds
 * its dash, which the template lines would lose.
 */
function putLine(obj: Obj, key: string, token: string): Obj {
  if (Object.keys(obj)[0] !== key) return putAt(obj, key, token, null);
  const rest = { ...obj };
  delete rest[key];
  return putAt(rest, token, token, null, 1);
}

/**
 * The main container (the first, as charts put their own container first): its image, resources
 * and env come from the values, and `extraVolumeMounts` are mounted after its own.
 */
function mainContainer(
  c: Obj,
  v: string,
  values: Obj,
  holes: Holes,
  chart: string,
  notCarried: string[],
): Obj {
  let out = c;
  if (typeof c.image === 'string' && c.image !== '') {
    values.image = imageValue(c.image);
    out = putAt(
      out,
      'image',
      'image',
      holes.value(`{{ include "${chart}.image" ${v}.image | toJson }}`),
    );
  }
  // Rendered when the values have the key: the design's own, or one added per environment.
  for (const key of ['resources', 'env']) {
    if (key in c) values[key] = c[key];
    out = putLine(out, key, holes.line(keyedBlock(v, key)));
  }
  values.extraVolumeMounts = [];
  const extra = `${v}.extraVolumeMounts`;
  if (Array.isArray(c.volumeMounts) && !isEmptyList(c.volumeMounts, 'volumeMounts', notCarried)) {
    out = { ...out, volumeMounts: [...c.volumeMounts, holes.line(moreItems(extra))] };
  } else {
    out = putLine(out, 'volumeMounts', holes.line(listBlock(extra, 'volumeMounts')));
  }
  return out;
}

/**
 * A workload's template and values: `replicaCount` (rendered only when set); the main
 * container's image, resources and env; the init containers (native sidecars keep
 * `restartPolicy: Always`) as `initContainers` and the other containers as `sidecars`, in
 * order, each image taken apart; `extraVolumes` and `extraVolumeMounts` (empty) for more.
 */
export function workloadPart(
  object: Obj,
  facts: KindFacts,
  key: string,
  holes: Holes,
  chart: string,
): Part {
  const tree = structuredClone(object);
  const v = `.Values.${key}`;
  const values: Obj = {};
  const notCarried: string[] = [];
  // Rendered when the values have replicaCount: the design's replicas, or one set per environment.
  const wanted = facts.podsWantedPath;
  const parent = wanted?.at(-1) === 'replicas' ? at(tree, wanted.slice(0, -2)) : undefined;
  const ownerKey = wanted?.at(-2);
  if (isPlain(parent) && typeof ownerKey === 'string' && isPlain(parent[ownerKey])) {
    const owner = parent[ownerKey];
    if ('replicas' in owner) values.replicaCount = owner.replicas;
    const line = holes.line(keyedBlock(v, 'replicaCount', true, 'replicas'));
    parent[ownerKey] = putAt(owner, 'replicas', line, null, 0);
  }
  const template = at(tree, facts.templatePath);
  const pod = isPlain(template) ? template.spec : undefined;
  if (!isPlain(template) || !isPlain(pod)) return { tree, values, notCarried };
  let spec: Obj = pod;
  const { containers, initContainers, volumes } = pod;
  if (Array.isArray(containers) && isPlain(containers[0])) {
    values.sidecars = containers.slice(1).map(containerValue);
    const sidecars = holes.line((i) => [
      `{{- include "${chart}.containers" ${v}.sidecars | nindent ${i} }}`,
    ]);
    const main = mainContainer(containers[0], v, values, holes, chart, notCarried);
    spec = putAt(spec, 'containers', 'containers', [main, sidecars]);
  }
  if (initContainers === undefined || Array.isArray(initContainers)) {
    values.initContainers = (initContainers ?? []).map(containerValue);
    isEmptyList(initContainers, 'initContainers', notCarried);
    const block = holes.line((i) => [
      `{{- with ${v}.initContainers }}`,
      'initContainers:',
      `  {{- include "${chart}.containers" . | nindent ${i + 2} }}`,
      '{{- end }}',
    ]);
    const before = Object.keys(spec).indexOf('containers');
    spec = putAt(spec, 'initContainers', block, null, before >= 0 ? before : undefined);
  }
  values.extraVolumes = [];
  const extra = `${v}.extraVolumes`;
  if (Array.isArray(volumes) && !isEmptyList(volumes, 'volumes', notCarried))
    spec = { ...spec, volumes: [...volumes, holes.line(moreItems(extra))] };
  else spec = putAt(spec, 'volumes', holes.line(listBlock(extra, 'volumes')), null);
  template.spec = spec;
  return { tree, values: ordered(values), notCarried };
}

/**
 * Whether `list` is an empty list, which the chart renders as no list at all (the same to the
 * API): a list filled from the values is written only when there is something in it.
 */
function isEmptyList(list: unknown, field: string, notCarried: string[]): boolean {
  if (!Array.isArray(list) || list.length > 0) return false;
  notCarried.push(`an empty ${field} list is left out (the same as none)`);
  return true;
}

const ORDER = ['replicaCount', 'image', 'resources', 'env', 'initContainers', 'sidecars'];

/** The values in the order people read them: the main container, then the others, then extras. */
const ordered = (values: Obj): Obj =>
  Object.fromEntries(Object.entries(values).sort(([a], [b]) => rank(a) - rank(b)));
const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);

/** The value at `path` in `value`, through maps only. */
export function at(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (isPlain(v) ? v[k as string] : undefined), value);
}
