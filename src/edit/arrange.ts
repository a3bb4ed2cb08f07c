import { isMap, isNode, isSeq, visit, type Scalar, type YAMLMap } from 'yaml';
import { DEFAULT_CONTAINER_ANNOTATION } from '../pod/kinds.ts';
import type { ContainerList, PodView, Role } from '../pod/types.ts';
import { nodeAt } from '../yaml/locate.ts';
import type { Path } from '../yaml/path.ts';
import { applyChanges } from './apply.ts';
import type { Change } from './change.ts';
import {
  annotationsPath,
  defaultContainer,
  findContainer,
  freeName,
  loadPod,
  type ContainerRef,
} from './containers.ts';
import { EditError } from './errors.ts';
import { dashOf, valueEnd, withLeadingComments } from './splice.ts';

export const listOf = (role: Role): ContainerList =>
  role === 'native-sidecar' || role === 'init' ? 'initContainers' : 'containers';

export interface MoveContainerOp {
  document: number;
  from: ContainerRef;
  /** The lane it is dropped into, and the position in that lane's list (default: the end; main: the start). */
  to: { role: Role; index?: number };
}

/**
 * Moves a container to another position or role: reorders init containers, turns a classic sidecar
 * into a native one (from `containers` into `initContainers` with `restartPolicy: Always`) and back,
 * or makes it the main container. The container's own text, comments included, moves with it.
 */
export function moveContainer(text: string, op: MoveContainerOp): string {
  const { pod, value, parsed } = loadPod(text, op.document);
  const moving = findContainer(pod, op.from);
  const list = listOf(op.to.role);
  const node = nodeAt(parsed, op.document, moving.path);
  if (!isMap(node)) throw new EditError(`${moving.name} is not a container object.`);
  const others = pod.containers.filter((c) => c !== moving);
  const targetNames = others.filter((c) => c.list === list).map((c) => c.name);
  const index = Math.min(
    Math.max(op.to.index ?? (op.to.role === 'main' ? 0 : targetNames.length), 0),
    targetNames.length,
  );
  const sameList = moving.list === list;
  // A role switch in place (init <-> native sidecar) only changes restartPolicy.
  const inPlace = sameList && index === moving.index;
  if (inPlace && moving.role === op.to.role) return text;
  if (moving.list === 'containers' && !sameList && !others.some((c) => c.list === 'containers')) {
    throw new EditError(
      'A pod needs at least one entry in containers; add another container before moving this one.',
    );
  }

  const dash = dashOf(text, node);
  const column = dash - text.lastIndexOf('\n', dash - 1) - 1;
  // Comment lines right above the dash belong to the container and move with it: they leave
  // their old place first (a text-only change) and travel at the head of the moved text. Only
  // into a block list that keeps other entries: a new list is rendered, not spliced, so they
  // stay where they are (and the rendered copy goes without them).
  const target = nodeAt(parsed, op.document, [...pod.specPath, list]);
  const verbatim = isSeq(target) && !target.flow && target.items.length > 0;
  const copy = node.clone();
  // The comment on the dash's own line (`- # the app`) leaves with the dash: it goes along. The
  // comment lines after the container stay where they are, so the copy goes without them.
  if (!verbatim) {
    copy.commentBefore = dash === -1 ? undefined : dashComment(text, dash, node);
    copy.comment = undefined;
  }
  const from = dash === -1 || !verbatim ? dash - column : withLeadingComments(text, dash, column);
  const source =
    dash === -1 ? undefined : { text: text.slice(from + column, valueEnd(text, node)), column };
  const input = dash === -1 || inPlace ? text : text.slice(0, from) + text.slice(dash - column);

  const changes: Change[] = [];
  const leavesEmptyInit =
    moving.list === 'initContainers' &&
    !sameList &&
    !others.some((c) => c.list === 'initContainers');
  if (!inPlace) {
    // The copy goes in first, then the original leaves: the copy's anchors are then there for
    // every alias they precede, and those stay aliases (deleting first would write their values
    // out). `index` counts the target list without the original; these count it as it is.
    const earlier = sameList && index < moving.index;
    const at = sameList && !earlier ? index + 1 : index;
    const originalPath = earlier ? [...moving.path.slice(0, -1), moving.index + 1] : moving.path;
    // Move the text as it is, then change restartPolicy with its own small splice.
    const before = list === 'initContainers' ? 'containers' : undefined;
    changes.push({
      type: 'insert',
      path: [...pod.specPath, list],
      index: at,
      value: copy,
      before,
      source,
    });
    changes.push({
      type: 'delete',
      path: leavesEmptyInit ? [...pod.specPath, 'initContainers'] : originalPath,
    });
  }
  changes.push(restartPolicyChange(node, [...pod.specPath, list, index], op.to.role));

  const finalContainers =
    list === 'containers'
      ? [...targetNames.slice(0, index), moving.name, ...targetNames.slice(index)]
      : others.filter((c) => c.list === 'containers').map((c) => c.name);
  const main = pod.containers.find((c) => c.role === 'main');
  const wanted =
    op.to.role === 'main'
      ? moving.name
      : main && main !== moving
        ? main.name
        : finalContainers.find((n) => n !== moving.name);
  changes.push(...mainAnnotation(pod, value, finalContainers, wanted));
  return applyChanges(input, op.document, changes);
}

/** The comment between an item's dash and its first key (`- # the app`), as yaml keeps comments. */
function dashComment(text: string, dash: number, node: YAMLMap): string | undefined {
  const lines = [...text.slice(dash + 1, node.range![0]).matchAll(/#([^\r\n]*)/g)];
  return lines.length ? lines.map((m) => m[1]).join('\n') : undefined;
}

/** Makes a container of `containers` the main one (kubectl's default container). */
export function setMainContainer(text: string, ref: ContainerRef): string {
  const { pod, value } = loadPod(text, ref.document);
  const target = findContainer(pod, ref);
  if (target.list !== 'containers')
    throw new EditError('Only an entry of containers can be the main container.');
  const names = pod.containers.filter((c) => c.list === 'containers').map((c) => c.name);
  const changes = mainAnnotation(pod, value, names, target.name);
  return changes.length ? applyChanges(text, ref.document, changes) : text;
}

/** Copies a container right after itself, under a free name. */
export function duplicateContainer(text: string, ref: ContainerRef): string {
  const { pod, parsed } = loadPod(text, ref.document);
  const original = findContainer(pod, ref);
  const node = nodeAt(parsed, ref.document, original.path);
  if (!isMap(node)) throw new EditError(`${original.name} is not a container object.`);
  const copy = node.clone() as YAMLMap;
  copy.set('name', freeName(pod, original.name || 'container'));
  copy.commentBefore = undefined;
  // A second `&name` would re-point every later `*name` to the copy: the copy gets none.
  visit(copy, (_, n) => {
    if (isNode(n)) n.anchor = undefined;
  });
  return applyChanges(text, ref.document, [
    { type: 'insert', path: original.path.slice(0, -1), index: ref.index + 1, value: copy },
  ]);
}

/**
 * The annotation change that makes `wanted` the main container given the final order of
 * `containers`: none when it is first and nothing else is marked.
 */
function mainAnnotation(
  pod: PodView,
  value: unknown,
  containers: string[],
  wanted: string | undefined,
): Change[] {
  if (wanted === undefined) return [];
  const current = defaultContainer(pod, value);
  const path = [...annotationsPath(pod), DEFAULT_CONTAINER_ANNOTATION];
  if (current === wanted) return [];
  if (current === undefined && containers[0] === wanted) return [];
  return [{ type: 'set', path, value: wanted }];
}

/** `restartPolicy: Always` for a native sidecar (placed after `image`, as people write it), none otherwise. */
function restartPolicyChange(container: YAMLMap, path: Path, role: Role): Change {
  if (role !== 'native-sidecar') return { type: 'delete', path: [...path, 'restartPolicy'] };
  const keys = container.items.map((p) => String((p.key as Scalar | null)?.value));
  const anchor = ['image', 'name'].map((k) => keys.indexOf(k)).find((i) => i !== -1);
  const before = anchor === undefined ? undefined : keys[anchor + 1];
  return { type: 'set', path: [...path, 'restartPolicy'], value: 'Always', before };
}
