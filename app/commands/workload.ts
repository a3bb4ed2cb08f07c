import {
  editPodLabel as editPodLabelOp,
  removeMapEntry as removeMapEntryOp,
  selectorFromPodLabels,
  setMapEntry as setMapEntryOp,
} from '../../src/edit/labels.ts';
import { setStrategyType as setStrategyTypeOp } from '../../src/edit/strategy.ts';
import { renameWorkload as renameWorkloadOp } from '../../src/edit/workload-name.ts';
import { convertKind } from '../../src/edit/workload.ts';
import type { WorkloadKind } from '../../src/pod/types.ts';
import type { Path } from '../../src/yaml/path.ts';
import type { EditResult } from '../store/index.ts';
import { runCommand, type CommandStore } from './run.ts';

// The workload object around the pod: its kind, name, labels, annotations and controller fields.
// The workload panel's fields show refusals inline, so these commands return them (quiet), except
// where a button asked (the selector fix), which notices like the canvas does.

/** Sets one entry of a string map (labels, annotations); `oldKey` renames the entry in place. */
export function setMapEntry(
  store: CommandStore,
  path: Path,
  entry: { key: string; value: string; oldKey?: string },
): EditResult {
  return runCommand(store, {
    quiet: true,
    op: (text, document) => setMapEntryOp(text, { document, path, ...entry }),
  });
}

/** Removes one entry of a string map (labels, annotations). */
export function removeMapEntry(store: CommandStore, path: Path, key: string): EditResult {
  return runCommand(store, {
    quiet: true,
    op: (text, document) => removeMapEntryOp(text, { document, path, key }),
  });
}

/**
 * Adds, changes, renames (`oldKey` to `key`) or removes (no `key`) one pod label. With
 * `followSelector` the controller's selector gets the same change.
 */
export function editPodLabel(
  store: CommandStore,
  change: { oldKey?: string; key?: string; value?: string; followSelector: boolean },
): EditResult {
  return runCommand(store, {
    quiet: true,
    op: (text, document) => editPodLabelOp(text, { document, ...change }),
  });
}

/** Makes the controller's selector match the pod labels. */
export function matchSelector(store: CommandStore): EditResult {
  return runCommand(store, {
    op: (text, document) => selectorFromPodLabels(text, document),
    notice: 'The selector now matches the pod labels.',
  });
}

/** Switches the workload's kind, keeping the pod template. One undo step. */
export function changeKind(store: CommandStore, kind: WorkloadKind): EditResult {
  return runCommand(store, {
    quiet: true,
    op: (text, document, pod) => ({
      text: convertKind(text, document, kind),
      notice: `Changed the ${pod.kind} to a ${kind}.`,
    }),
  });
}

/** Renames the workload; what was derived from the old name follows (labels, selector, …). */
export function renameWorkload(store: CommandStore, name: string): EditResult {
  return runCommand(store, {
    quiet: true,
    op: (text, document) => renameWorkloadOp(text, { document, name }),
  });
}

/** Sets a controller's update strategy type (`undefined`: not set, RollingUpdate applies). */
export function setStrategyType(
  store: CommandStore,
  field: 'strategy' | 'updateStrategy',
  type: string | undefined,
): EditResult {
  return runCommand(store, {
    quiet: true,
    op: (text, document) => setStrategyTypeOp(text, { document, field, type }),
  });
}
