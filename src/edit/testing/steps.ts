import { isMap } from 'yaml';
import { DEFAULT_CONTAINER_ANNOTATION, WORKLOADS } from '../../pod/kinds.ts';
import type { ContainerView, PodView, WorkloadKind } from '../../pod/types.ts';
import { designView, getPath } from '../../pod/view.ts';
import { nodeAt } from '../../yaml/locate.ts';
import { parseDesign, type ParsedDesign } from '../../yaml/parse.ts';
import type { Path } from '../../yaml/path.ts';
import { duplicateContainer, moveContainer, setMainContainer } from '../arrange.ts';
import {
  addContainer,
  removeContainer,
  renameContainer,
  type ContainerRef,
} from '../containers.ts';
import { appendDocument, removeDocument } from '../documents.ts';
import { insertItem, removeItem, setField } from '../fields.ts';
import { addService, followSelector } from '../service.ts';
import {
  addClaimTemplate,
  addVolume,
  mountVolume,
  removeVolume,
  unmountVolume,
} from '../volumes.ts';
import { convertKind } from '../workload.ts';
import type { OpSpec, Scope } from './arbitraries.ts';
import { nodeRegion, type Region } from './survival.ts';

/** One edit resolved against a text: what to run and what the result may and may not change. */
export interface Step {
  /** For failure messages. */
  label: string;
  run: () => string;
  /** The one document the edit changes (-1: none; it only appends or removes documents). */
  edits: number;
  /** Whether the edit appends a document at the end. */
  appends?: boolean;
  /** The document the edit removes. */
  removes?: number;
  /** Parts of the input the edit drops on purpose: what was in them need not survive. */
  removed: Region[];
  /** The edit that undoes this one exactly (same text back), when there is one. */
  inverse?: (after: string) => string;
}

interface Ctx {
  text: string;
  parsed: ParsedDesign;
  pod: PodView;
  document: number;
  value: unknown;
}

/**
 * Resolves an {@link OpSpec} against the first workload of `text`. Returns `undefined` when the
 * edit has nothing to act on (no container to pick, no other document to remove, …).
 */
export function resolveStep(text: string, spec: OpSpec): Step | undefined {
  const parsed = parseDesign(text);
  const view = designView(parsed);
  const label = JSON.stringify(spec);
  if (spec.op === 'appendDocument') {
    return {
      label,
      run: () => appendDocument(text, spec.value),
      edits: -1,
      appends: true,
      removed: [],
      inverse: (after) => removeDocument(after, parsed.documents.length),
    };
  }
  const pod = view.workloads[0];
  if (!pod) return undefined;
  const document = pod.document;
  const ctx: Ctx = { text, parsed, pod, document, value: parsed.values[document] };
  const region = (path: Path) => nodeRegion(parsed, document, path);
  const regions = (...paths: Path[]) =>
    paths.map(region).filter((r): r is Region => r !== undefined);
  const base = { label, edits: document, removed: [] as Region[] };
  const { containers } = pod;
  const pickContainer = (n: number) => containers[n % Math.max(containers.length, 1)];
  const ref = (c: ContainerView): ContainerRef => ({ document, list: c.list, index: c.index });

  switch (spec.op) {
    case 'addContainer': {
      const run = () =>
        addContainer(text, {
          document,
          role: spec.role,
          index: spec.index,
          container: { name: spec.name },
        });
      const marked = defaultContainer(ctx) !== undefined;
      const inverse =
        spec.role === 'main' && marked
          ? undefined
          : (after: string) => {
              const names = new Set(containers.map((c) => c.name));
              const added = firstPod(after).containers.find((c) => !names.has(c.name))!;
              return removeContainer(after, ref(added));
            };
      return { ...base, run, inverse };
    }
    case 'removeContainer': {
      const target = pickContainer(spec.pick);
      if (!target) return undefined;
      const paths: Path[] = [target.path];
      const lastInit =
        target.list === 'initContainers' &&
        containers.filter((c) => c.list === 'initContainers').length === 1;
      if (lastInit) paths.push([...pod.specPath, 'initContainers']);
      if (target.list === 'containers' && defaultContainer(ctx) === target.name)
        paths.push(pruned(ctx.value, annotation(pod), pod.templatePath.length + 1));
      return { ...base, run: () => removeContainer(text, ref(target)), removed: regions(...paths) };
    }
    case 'renameContainer': {
      const target = pickContainer(spec.pick);
      if (!target) return undefined;
      return {
        ...base,
        run: () => renameContainer(text, { ...ref(target), name: spec.name }),
        inverse: (after) => renameContainer(after, { ...ref(target), name: target.name }),
      };
    }
    case 'moveContainer': {
      const target = pickContainer(spec.pick);
      if (!target) return undefined;
      const paths: Path[] = [[...target.path, 'restartPolicy']];
      const toList =
        spec.role === 'native-sidecar' || spec.role === 'init' ? 'initContainers' : 'containers';
      const leavesInit =
        target.list === 'initContainers' &&
        toList !== 'initContainers' &&
        containers.filter((c) => c.list === 'initContainers').length === 1;
      if (leavesInit) paths.push([...pod.specPath, 'initContainers']);
      // Back to where it was gives the same text, unless the move took the first place in
      // containers: then the default-container annotation that kept the main container stays.
      const reorder =
        target.list === toList &&
        target.role === spec.role &&
        (toList === 'initContainers' || (target.index > 0 && (spec.index ?? 1) > 0));
      const inverse = reorder
        ? (after: string) => {
            const moved = firstPod(after).containers.find((c) => c.name === target.name)!;
            return moveContainer(after, {
              document,
              from: ref(moved),
              to: { role: target.role, index: target.index },
            });
          }
        : undefined;
      return {
        ...base,
        run: () =>
          moveContainer(text, {
            document,
            from: ref(target),
            to: { role: spec.role, index: spec.index },
          }),
        removed: regions(...paths),
        inverse,
      };
    }
    case 'setMainContainer': {
      const target = pickContainer(spec.pick);
      if (!target) return undefined;
      return { ...base, run: () => setMainContainer(text, ref(target)) };
    }
    case 'duplicateContainer': {
      const target = pickContainer(spec.pick);
      if (!target) return undefined;
      return {
        ...base,
        run: () => duplicateContainer(text, ref(target)),
        inverse: (after) => removeContainer(after, { ...ref(target), index: target.index + 1 }),
      };
    }
    case 'setField': {
      const at = scopePath(ctx, spec.scope, spec.pick);
      if (!at) return undefined;
      const path = [...at.base, ...spec.path];
      const keepDepth = at.keepDepth;
      const current = getPath(ctx.value, path);
      const run = () => setField(text, { document, path, value: spec.value, keepDepth });
      const removed =
        spec.value === undefined
          ? regions(pruned(ctx.value, path, keepDepth))
          : typeof current === 'object' && current !== null
            ? regions(path)
            : [];
      // Setting a field that was absent, then clearing it, must give back the text exactly.
      const owner = deepestMap(ctx, path);
      const inverse =
        current === undefined && spec.value !== undefined && owner !== undefined
          ? (after: string) =>
              setField(after, { document, path, value: undefined, keepDepth: owner })
          : undefined;
      return { ...base, run, removed, inverse };
    }
    case 'insertItem': {
      const at = scopePath(ctx, spec.scope, spec.pick);
      if (!at) return undefined;
      const path = [...at.base, ...spec.path];
      const list = getPath(ctx.value, path);
      const run = () => insertItem(text, { document, path, value: spec.value, index: spec.index });
      const length = Array.isArray(list) ? list.length : 0;
      const index = spec.index === undefined || spec.index > length ? length : spec.index;
      const inverse =
        (Array.isArray(list) && nodeAt(parsed, document, path)) ||
        (list === undefined && deepestMap(ctx, path) === path.length - 1)
          ? (after: string) => removeItem(after, { document, path, index })
          : undefined;
      return { ...base, run, inverse };
    }
    case 'removeItem': {
      const at = scopePath(ctx, spec.scope, spec.pick);
      if (!at) return undefined;
      const path = [...at.base, ...spec.path];
      const list = getPath(ctx.value, path);
      const keepDepth = at.keepDepth;
      const run = () => removeItem(text, { document, path, index: spec.index, keepDepth });
      const removed = !Array.isArray(list)
        ? []
        : list.length > 1
          ? regions([...path, spec.index])
          : regions(pruned(ctx.value, path, keepDepth));
      return { ...base, run, removed };
    }
    case 'addVolume':
      return {
        ...base,
        run: () => addVolume(text, { document, name: spec.name, source: spec.source }),
        inverse: (after) => removeVolume(after, { document, name: spec.name }),
      };
    case 'addClaimTemplate':
      return {
        ...base,
        run: () => addClaimTemplate(text, { document, name: spec.name }),
        inverse: (after) => removeVolume(after, { document, name: spec.name }),
      };
    case 'removeVolume': {
      const volume = pod.volumes[spec.pick % Math.max(pod.volumes.length, 1)];
      if (!volume) return undefined;
      const claim = volume.source === 'volumeClaimTemplate';
      const siblings = pod.volumes.filter((v) => (v.source === 'volumeClaimTemplate') === claim);
      const paths: Path[] = [siblings.length === 1 ? volume.path.slice(0, -1) : volume.path];
      for (const c of containers) {
        const mine = c.mounts.flatMap((m, i) => (m.volume === volume.name ? [i] : []));
        if (mine.length && mine.length === c.mounts.length) paths.push([...c.path, 'volumeMounts']);
        else for (const i of mine) paths.push([...c.path, 'volumeMounts', i]);
      }
      return {
        ...base,
        run: () => removeVolume(text, { document, name: volume.name }),
        removed: regions(...paths),
      };
    }
    case 'mountVolume': {
      const target = pickContainer(spec.pick);
      const volume = pod.volumes[spec.volume % Math.max(pod.volumes.length, 1)];
      if (!target) return undefined;
      const volumeName = volume?.name ?? 'missing';
      return {
        ...base,
        run: () =>
          mountVolume(text, {
            document,
            container: ref(target),
            volume: volumeName,
            mountPath: spec.mountPath,
            readOnly: spec.readOnly,
          }),
        inverse: (after) =>
          unmountVolume(after, { document, container: ref(target), index: target.mounts.length }),
      };
    }
    case 'unmountVolume': {
      const target = pickContainer(spec.pick);
      if (!target) return undefined;
      // One past the last mount now and then, to see the refusal.
      const index = spec.index % (target.mounts.length + 1);
      const single = target.mounts.length === 1;
      const path = single
        ? [...target.path, 'volumeMounts']
        : [...target.path, 'volumeMounts', index];
      return {
        ...base,
        run: () => unmountVolume(text, { document, container: ref(target), index }),
        removed: regions(path),
      };
    }
    case 'convertKind':
      return {
        ...base,
        run: () => convertKind(text, document, spec.kind),
        removed: convertKindDrops(ctx, spec.kind),
      };
    case 'addService': {
      const headless = spec.type === 'Headless' && pod.kind === 'StatefulSet';
      return {
        ...base,
        edits: headless ? document : -1,
        appends: true,
        run: () => addService(text, { workload: document, type: spec.type }),
        inverse: headless ? undefined : (after) => removeDocument(after, parsed.documents.length),
      };
    }
    case 'followSelector': {
      const services = view.objects.filter((o) => o.kind === 'Service');
      const service = services[spec.pick % Math.max(services.length, 1)];
      if (!service) return undefined;
      const selector = nodeRegion(parsed, service.document, ['spec', 'selector']);
      return {
        ...base,
        edits: service.document,
        run: () => followSelector(text, { service: service.document, workload: document }),
        removed: selector ? [selector] : [],
      };
    }
    case 'removeDocument': {
      const others = parsed.documents.map((_, i) => i).filter((i) => i !== document);
      const index = others[spec.pick % Math.max(others.length, 1)];
      if (index === undefined) return undefined;
      const from = index === 0 ? 0 : parsed.documents[index - 1]!.range[2];
      return {
        ...base,
        edits: -1,
        removes: index,
        run: () => removeDocument(text, index),
        removed: [[from, parsed.documents[index]!.range[2]]],
      };
    }
  }
}

/** The first workload of a text (the one every step edits). */
function firstPod(text: string): PodView {
  const pod = designView(parseDesign(text)).workloads[0];
  if (!pod) throw new Error('the workload disappeared');
  return pod;
}

function annotation(pod: PodView): Path {
  return [...pod.templatePath, 'metadata', 'annotations', DEFAULT_CONTAINER_ANNOTATION];
}

function defaultContainer(ctx: Ctx): unknown {
  return getPath(ctx.value, annotation(ctx.pod));
}

/** Where a scope's paths start, and how deep removal may prune (as the forms do). */
function scopePath(
  ctx: Ctx,
  scope: Scope,
  pick: number,
): { base: Path; keepDepth: number } | undefined {
  const { pod } = ctx;
  if (scope === 'container') {
    const c = pod.containers[pick % Math.max(pod.containers.length, 1)];
    return c && { base: c.path, keepDepth: c.path.length };
  }
  if (scope === 'podSpec') return { base: pod.specPath, keepDepth: pod.specPath.length };
  if (scope === 'template')
    return { base: pod.templatePath, keepDepth: pod.templatePath.length + 1 };
  return { base: [], keepDepth: 1 };
}

/** What removing `path` removes: it, and the parents it leaves empty down to `keepDepth`. */
function pruned(value: unknown, path: Path, keepDepth: number): Path {
  let cut = path;
  while (cut.length - 1 > keepDepth) {
    const parent = getPath(value, cut.slice(0, -1));
    const size = typeof parent === 'object' && parent ? Object.keys(parent).length : 0;
    if (size !== 1) break;
    cut = cut.slice(0, -1);
  }
  return cut;
}

/** Length of the longest prefix of `path` that is a map written in the text (not an alias), if any. */
function deepestMap(ctx: Ctx, path: Path): number | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const node = nodeAt(ctx.parsed, ctx.document, path.slice(0, n));
    if (isMap(node)) return n;
    if (node !== undefined) return undefined;
  }
  return undefined;
}

/**
 * What convertKind drops on purpose: spec fields the new kind rejects and a restartPolicy it
 * forbids. A switch that moves the pod template (to or from Pod and CronJob) rebuilds the document
 * around the pod spec node, so only the pod spec keeps its text and comments.
 */
function convertKindDrops(ctx: Ctx, kind: WorkloadKind): Region[] {
  const { parsed, document, pod } = ctx;
  if (WORKLOADS[kind].templatePath.join('.') !== pod.templatePath.join('.')) {
    const doc = parsed.documents[document]!;
    const contents = doc.contents!.range!;
    const spec = nodeRegion(parsed, document, pod.specPath);
    const restartPolicy = nodeRegion(parsed, document, [...pod.specPath, 'restartPolicy']);
    const out: Region[] = spec
      ? [
          [contents[0], spec[0]],
          [spec[1], contents[2]],
        ]
      : [[contents[0], contents[2]]];
    if (restartPolicy) out.push(restartPolicy);
    return out;
  }
  const after = parseDesign(convertKind(ctx.text, document, kind)).values[document];
  const spec = getPath(ctx.value, ['spec']);
  const kept = getPath(after, ['spec']);
  const drops: Path[] = [[...pod.specPath, 'restartPolicy']];
  if (typeof spec === 'object' && spec !== null && typeof kept === 'object' && kept !== null)
    for (const key of Object.keys(spec)) if (!(key in kept)) drops.push(['spec', key]);
  return drops.map((p) => nodeRegion(parsed, document, p)).filter((r): r is Region => !!r);
}
