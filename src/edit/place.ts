import type { Role } from '../pod/types.ts';
import { listOf, moveContainer, setMainContainer } from './arrange.ts';
import { findContainer, loadPod, type ContainerRef } from './containers.ts';
import { EditError } from './errors.ts';

export interface PlaceContainerOp {
  document: number;
  from: ContainerRef;
  /** The role it takes: the lane it is dropped into. */
  role: Role;
  /**
   * The container it lands before, an entry of the target role's list; `undefined` keeps its
   * position when the list does not change (a role switch in place), else puts it at the end.
   */
  before?: ContainerRef | 'end';
}

/**
 * Puts a container where a drag or a "Role" choice put it: a position and a role. Marking a
 * classic sidecar as main only sets the default-container annotation (its list order stays);
 * everything else is a {@link moveContainer}.
 */
export function placeContainer(text: string, op: PlaceContainerOp): string {
  const { pod } = loadPod(text, op.document);
  const moving = findContainer(pod, op.from);
  if (op.role === 'main') {
    if (moving.role === 'main') return text;
    if (moving.list === 'containers') return setMainContainer(text, op.from);
    return moveContainer(text, { document: op.document, from: op.from, to: { role: 'main' } });
  }
  const list = listOf(op.role);
  const othersInContainers = pod.containers.some((c) => c.list === 'containers' && c !== moving);
  if (moving.role === 'main' && op.role === 'sidecar' && !othersInContainers) {
    throw new EditError(
      `${moving.name} is the only entry of containers, so it stays the main container. Add another container first.`,
    );
  }
  let index: number | undefined;
  if (op.before === undefined) {
    index = moving.list === list ? moving.index : undefined;
  } else if (op.before !== 'end') {
    const target = findContainer(pod, op.before);
    if (target.list !== list)
      throw new EditError(`${target.name} is not in ${list}, so nothing can go before it there.`);
    // Positions count the list without the moving container.
    index = target.index - (moving.list === list && moving.index < target.index ? 1 : 0);
  }
  return moveContainer(text, {
    document: op.document,
    from: op.from,
    to: { role: op.role, index },
  });
}

/**
 * Moves a container one place up (`-1`) or down (`1`) in its own list, keeping its role: the
 * keyboard alternative to dragging init containers and native sidecars into start order.
 * At either end of the list the text is returned unchanged.
 */
export function stepContainer(text: string, ref: ContainerRef, delta: -1 | 1): string {
  const { pod } = loadPod(text, ref.document);
  const moving = findContainer(pod, ref);
  const size = pod.containers.filter((c) => c.list === ref.list).length;
  const index = ref.index + delta;
  if (index < 0 || index >= size) return text;
  return moveContainer(text, {
    document: ref.document,
    from: ref,
    to: { role: moving.role, index },
  });
}
