import { DEFAULT_CONTAINER_ANNOTATION } from '../pod/kinds.ts';
import type { ContainerList, PodView, Role } from '../pod/types.ts';
import { getPath, podView } from '../pod/view.ts';
import type { ParsedDesign } from '../yaml/parse.ts';
import type { Path } from '../yaml/path.ts';
import { applyChanges, parseForEdit } from './apply.ts';
import type { Change } from './change.ts';
import { EditError } from './errors.ts';

type Container = Record<string, unknown>;

/** What a new container of each role starts as: something that runs and that a user would keep. */
const DEFAULTS: Record<Role, Container> = {
  main: { name: 'app', image: 'nginx:1.27' },
  sidecar: { name: 'sidecar', image: 'busybox:1.36', command: ['sh', '-c', 'sleep infinity'] },
  'native-sidecar': {
    name: 'sidecar',
    image: 'busybox:1.36',
    restartPolicy: 'Always',
    command: ['sh', '-c', 'sleep infinity'],
  },
  init: { name: 'init', image: 'busybox:1.36', command: ['sh', '-c', 'echo ready'] },
};

export interface AddContainerOp {
  document: number;
  role: Role;
  /** Position in the target list (`containers` or `initContainers`); default: the end (main: the start). */
  index?: number;
  /** Fields of the new container; a missing or taken name is replaced by a free one. */
  container?: Container;
}

export interface ContainerRef {
  document: number;
  list: ContainerList;
  index: number;
}

/**
 * Adds a container of the given role. A native sidecar goes into `initContainers` with
 * `restartPolicy: Always`; a main container goes first in `containers` and, when it cannot be first
 * or another container was marked, becomes the default container through the kubectl annotation.
 */
export function addContainer(text: string, op: AddContainerOp): string {
  const { pod, value } = loadPod(text, op.document);
  const base = { ...DEFAULTS[op.role], ...op.container };
  if (op.role === 'native-sidecar') base.restartPolicy = 'Always';
  if (op.role === 'init') delete base.restartPolicy;
  const name = freeName(
    pod,
    typeof base.name === 'string' && base.name ? base.name : String(DEFAULTS[op.role].name),
  );
  const container = { ...base, name };
  // Keep `name` first, as people write it.
  const ordered = {
    name,
    ...Object.fromEntries(Object.entries(container).filter(([k]) => k !== 'name')),
  };

  const list: ContainerList =
    op.role === 'native-sidecar' || op.role === 'init' ? 'initContainers' : 'containers';
  const listPath: Path = [...pod.specPath, list];
  const index = op.index ?? (op.role === 'main' ? 0 : undefined);
  const changes: Change[] = [
    {
      type: 'insert',
      path: listPath,
      index,
      value: ordered,
      before: list === 'initContainers' ? 'containers' : undefined,
    },
  ];
  if (op.role === 'main') {
    const annotations = annotationsPath(pod);
    if ((index ?? 0) > 0 || defaultContainer(pod, value) !== undefined) {
      changes.push({
        type: 'set',
        path: [...annotations, DEFAULT_CONTAINER_ANNOTATION],
        value: name,
      });
    }
  }
  return applyChanges(text, op.document, changes);
}

/** Removes a container; an empty `initContainers` list and a default-container annotation naming it go too. */
export function removeContainer(text: string, ref: ContainerRef): string {
  const { pod, value } = loadPod(text, ref.document);
  const target = findContainer(pod, ref);
  const changes: Change[] = [];
  const remaining = pod.containers.filter((c) => c.list === ref.list).length - 1;
  if (ref.list === 'initContainers' && remaining === 0)
    changes.push({ type: 'delete', path: [...pod.specPath, ref.list] });
  else changes.push({ type: 'delete', path: target.path });
  if (ref.list === 'containers' && defaultContainer(pod, value) === target.name)
    changes.push(dropAnnotation(pod, value));
  return applyChanges(text, ref.document, changes);
}

/** Renames a container, and the default-container annotation with it when it names the container. */
export function renameContainer(text: string, ref: ContainerRef & { name: string }): string {
  const { pod, value } = loadPod(text, ref.document);
  const target = findContainer(pod, ref);
  const name = ref.name.trim();
  if (!name) throw new EditError('A container needs a name.');
  if (name === target.name) return text;
  if (pod.containers.some((c) => c.name === name))
    throw new EditError(`There is already a container named "${name}".`);
  const changes: Change[] = [{ type: 'set', path: [...target.path, 'name'], value: name }];
  if (ref.list === 'containers' && defaultContainer(pod, value) === target.name) {
    changes.push({
      type: 'set',
      path: [...annotationsPath(pod), DEFAULT_CONTAINER_ANNOTATION],
      value: name,
    });
  }
  return applyChanges(text, ref.document, changes);
}

/** The workload's pod in a document and the document's plain value, or an EditError a user can act on. */
export function loadPod(
  text: string,
  document: number,
): { pod: PodView; value: unknown; parsed: ParsedDesign } {
  const parsed = parseForEdit(text);
  const value = parsed.values[document];
  if (document < 0 || document >= parsed.values.length)
    throw new EditError(`The design has no document ${document + 1}.`);
  const pod = podView(value, document);
  if (!pod)
    throw new EditError(
      `Document ${document + 1} is not a Pod or workload, so it has no containers to edit.`,
    );
  return { pod, value, parsed };
}

export function findContainer(pod: PodView, ref: ContainerRef) {
  const found = pod.containers.find((c) => c.list === ref.list && c.index === ref.index);
  if (!found)
    throw new EditError(`There is no ${ref.list}[${ref.index}] in ${pod.kind} "${pod.name}".`);
  return found;
}

/** `base`, or `base-2`, `base-3`, … whichever no container of the pod uses. */
export function freeName(pod: PodView, base: string): string {
  const taken = new Set(pod.containers.map((c) => c.name));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function annotationsPath(pod: PodView): Path {
  return [...pod.templatePath, 'metadata', 'annotations'];
}

export function defaultContainer(pod: PodView, value: unknown): unknown {
  return getPath(value, [...annotationsPath(pod), DEFAULT_CONTAINER_ANNOTATION]);
}

/** Removes the default-container annotation, and the maps that held only it. */
function dropAnnotation(pod: PodView, value: unknown): Change {
  const annotations = annotationsPath(pod);
  const metadata = annotations.slice(0, -1);
  const keys = (path: Path) => {
    const v = getPath(value, path);
    return Object.keys(typeof v === 'object' && v !== null ? v : {});
  };
  if (keys(annotations).length > 1)
    return { type: 'delete', path: [...annotations, DEFAULT_CONTAINER_ANNOTATION] };
  return { type: 'delete', path: keys(metadata).length > 1 ? annotations : metadata };
}
