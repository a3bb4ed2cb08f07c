import { duplicateContainer as duplicateContainerOp } from '../../src/edit/arrange.ts';
import { freeName } from '../../src/edit/containers.ts';
import {
  placeContainer as placeContainerOp,
  stepContainer as stepContainerOp,
} from '../../src/edit/place.ts';
import type { ContainerView, PodView, Role } from '../../src/pod/types.ts';
import { ROLE_WORDS } from '../roles.ts';
import { selectWorkload } from '../store/selectors.ts';
import type { AppState, ContainerRef, EditResult } from '../store/index.ts';
import { runCommand, type CommandStore, type EditOutcome } from './run.ts';

// Arranging containers on the canvas: into a role (lane), up or down in start order, duplicated.
// Each is one undo step that says where the container ended up.

/** Where a container is, in words: "a native sidecar, starting 2nd of 3". */
export function describePlace(pod: PodView, c: ContainerView): string {
  if (c.role === 'main') return 'the main container';
  if (c.list === 'initContainers') {
    const size = pod.containers.filter((x) => x.list === 'initContainers').length;
    return `${article(ROLE_WORDS[c.role])}, starting ${ordinal(c.index + 1)} of ${size}`;
  }
  return article(ROLE_WORDS[c.role] === 'sidecar' ? 'classic sidecar' : ROLE_WORDS[c.role]);
}

const article = (words: string) => `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;

export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * The outcome of a move of container `name` from `text` to `next`: once the text changed, the
 * notice says where the container is now (nothing when the move changed nothing).
 */
function moved(
  text: string,
  next: string,
  name: string,
  say: (pod: PodView, c: ContainerView) => string = (pod, c) =>
    `"${name}" is now ${describePlace(pod, c)}. Undo puts it back.`,
): EditOutcome {
  if (next === text) return { text };
  return {
    text: next,
    notice: (after: AppState) => {
      const pod = selectWorkload(after);
      const c = pod?.containers.find((x) => x.name === name);
      return pod && c ? say(pod, c) : undefined;
    },
  };
}

/** Drops container `name` (at `ref`) into `role`, before another container or at the end. */
export function placeContainer(
  store: CommandStore,
  ref: ContainerRef,
  name: string,
  role: Role,
  before?: ContainerRef | 'end',
): EditResult {
  return runCommand(store, {
    op: (text, document) =>
      moved(
        text,
        placeContainerOp(text, {
          document,
          from: { document, ...ref },
          role,
          before: before === undefined || before === 'end' ? before : { document, ...before },
        }),
        name,
      ),
  });
}

/** Moves container `name` (at `ref`) one place up (-1) or down (1) in start order. */
export function stepContainer(
  store: CommandStore,
  ref: ContainerRef,
  name: string,
  delta: -1 | 1,
): EditResult {
  return runCommand(store, {
    op: (text, document) => moved(text, stepContainerOp(text, { document, ...ref }, delta), name),
  });
}

/**
 * Duplicates container `name` (at `ref`) under a free name and selects the copy; `copy` is that
 * name, for the caller to move focus to.
 */
export function duplicateContainer(
  store: CommandStore,
  ref: ContainerRef,
  name: string,
): EditResult & { copy?: string } {
  let copy = name;
  const result = runCommand(store, {
    op: (text, document, pod) => {
      copy = freeName(pod, name || 'container');
      return {
        ...moved(
          text,
          duplicateContainerOp(text, { document, ...ref }),
          copy,
          (p, c) => `Duplicated "${name}" as "${copy}", ${describePlace(p, c)}. Undo removes it.`,
        ),
        select: { container: copy },
      };
    },
  });
  return result.ok ? { ...result, copy } : result;
}
