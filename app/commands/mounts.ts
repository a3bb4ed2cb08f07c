import { mountVolume as mountVolumeOp, unmountVolume } from '../../src/edit/volumes.ts';
import type { ContainerView, PodView } from '../../src/pod/types.ts';
import type { ContainerRef, EditResult } from '../store/index.ts';
import { runCommand, type CommandStore } from './run.ts';

// Volume mounts: a volume dropped on a card, "Mount into" in the volume panel, "Add mount" in
// the container panel, and removing a mount from either panel.

export interface MountRequest {
  container: ContainerRef;
  volume: string;
  mountPath: string;
  readOnly: boolean;
}

/**
 * Mounts a volume into a container. Refusals are returned, not noticed: the form shows them.
 * `silent`: no notice on success (the form that asked shows the new mount itself).
 */
export function mountVolume(
  store: CommandStore,
  mount: MountRequest,
  options: { silent?: boolean } = {},
): EditResult {
  const { container: ref, volume, mountPath, readOnly } = mount;
  return runCommand(store, {
    quiet: true,
    op: (text, document, pod) => ({
      text: mountVolumeOp(text, {
        document,
        container: { document, ...ref },
        volume,
        mountPath,
        readOnly,
      }),
      notice: options.silent
        ? undefined
        : `Mounted "${volume}" into ${nameOf(pod, ref)} at ${mountPath}${readOnly ? ', read-only' : ''}.`,
    }),
  });
}

/** Removes mount `index` of a container, as the volume panel lists it ("Unmount"). */
export function unmountFromVolume(
  store: CommandStore,
  volume: string,
  mount: { container: ContainerRef; index: number },
): EditResult {
  const { container: ref, index } = mount;
  return runCommand(store, {
    op: (text, document, pod) => {
      const c = find(pod, ref);
      return {
        text: unmountVolume(text, { document, container: { document, ...ref }, index }),
        notice: `Unmounted "${volume}" from ${c?.name} at ${c?.mounts[index]?.mountPath}.`,
      };
    },
  });
}

/** Removes mount `index` of a container, as the container panel lists it ("Remove"). */
export function removeMount(
  store: CommandStore,
  container: ContainerRef,
  index: number,
): EditResult {
  return runCommand(store, {
    op: (text, document, pod) => ({
      text: unmountVolume(text, { document, container: { document, ...container }, index }),
      notice: `Removed the mount ${index + 1} of ${find(pod, container)?.name}.`,
    }),
  });
}

function find(pod: PodView, ref: ContainerRef): ContainerView | undefined {
  return pod.containers.find((c) => c.list === ref.list && c.index === ref.index);
}

function nameOf(pod: PodView, ref: ContainerRef): string {
  return find(pod, ref)?.name ?? `${ref.list}[${ref.index}]`;
}
