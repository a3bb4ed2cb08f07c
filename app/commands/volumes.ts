import {
  addClaimTemplate,
  addVolume as addVolumeOp,
  removeVolume as removeVolumeOp,
  renameVolume as renameVolumeOp,
  type VolumeSource,
} from '../../src/edit/volumes.ts';
import type { VolumeView } from '../../src/pod/types.ts';
import { mountsOf } from '../../src/volume/mounts.ts';
import type { NewVolumeKind } from '../../src/volume/sources.ts';
import type { EditResult } from '../store/index.ts';
import { runCommand, type CommandStore } from './run.ts';

// The pod's volumes (and a StatefulSet's claim templates). Components that show volumes on first
// paint import this file lazily: the volume edits are not needed to show the pod.

/** Adds a volume of `kind` named `name` and selects it. Refusals are returned, not noticed. */
export function addVolume(store: CommandStore, name: string, kind: NewVolumeKind): EditResult {
  return runCommand(store, {
    quiet: true,
    op: (text, document) =>
      kind === 'volumeClaimTemplate'
        ? addClaimTemplate(text, { document, name })
        : addVolumeOp(text, { document, name, source: kind as VolumeSource }),
    notice: `Added ${kind} volume "${name}".`,
    select: { volume: name },
  });
}

/** Removes a volume or claim template and every mount of it; a selection of it goes. */
export function removeVolume(
  store: CommandStore,
  volume: Pick<VolumeView, 'name' | 'source'>,
): EditResult {
  const { name } = volume;
  const what = volume.source === 'volumeClaimTemplate' ? 'claim template' : 'volume';
  return runCommand(store, {
    op: (text, document, pod) => {
      const mounts = mountsOf(pod, name).length;
      const dropped = mounts ? ` and its ${mounts} mount${mounts === 1 ? '' : 's'}` : '';
      return {
        text: removeVolumeOp(text, { document, name }),
        notice: `Removed ${what} "${name}"${dropped}. Undo brings it back.`,
      };
    },
    select: (after) => (after.selectedVolume === name ? { volume: null } : undefined),
  });
}

/**
 * Renames a volume; every mount of it follows in the same undo step, and the selection too.
 * Refusals are returned, not noticed: the name field shows them.
 */
export function renameVolume(store: CommandStore, from: string, to: string): EditResult {
  return runCommand(store, {
    oneDocument: true,
    quiet: true,
    op: (text, document, pod) => {
      const mounted = (pod.volumes.find((v) => v.name === from)?.mountedBy.length ?? 0) > 0;
      return {
        text: renameVolumeOp(text, { document, from, to }),
        notice: `Renamed volume "${from}" to "${to}"${mounted ? '; its mounts follow' : ''}.`,
      };
    },
    select: { volume: to },
  });
}
