import {
  addContainer as addContainerOp,
  removeContainer as removeContainerOp,
  renameContainer as renameContainerOp,
} from '../../src/edit/containers.ts';
import { EditError } from '../../src/edit/errors.ts';
import type { Role } from '../../src/pod/types.ts';
import { PALETTE } from '../roles.ts';
import { containerNameProblem } from '../store/names.ts';
import { selectWorkload } from '../store/selectors.ts';
import type { AppState, ContainerRef, EditResult } from '../store/index.ts';
import { withEditorFlushed } from './flush.ts';
import { runCommand, type CommandStore } from './run.ts';

/** Adds a container of `role` (at `index` of its list) and selects it. */
export function addContainer(store: CommandStore, role: Role, index?: number): EditResult {
  return runCommand(store, {
    op: (text, document, pod) => {
      const before = new Set(pod.containers.map((c) => c.name));
      const added = (after: AppState) =>
        selectWorkload(after)?.containers.find((c) => !before.has(c.name))?.name;
      return {
        text: addContainerOp(text, { document, role, index }),
        notice: (after) => {
          const name = added(after);
          return name === undefined ? undefined : `Added ${roleLabel(role)} "${name}".`;
        },
        select: (after) => {
          const name = added(after);
          return name === undefined ? undefined : { container: name };
        },
      };
    },
  });
}

/** Removes a container; a selection of it moves to the main container (app/store/index.ts). */
export function removeContainer(store: CommandStore, ref: ContainerRef): EditResult {
  return runCommand(store, {
    op: (text, document, pod) => {
      const c = pod.containers.find((x) => x.list === ref.list && x.index === ref.index);
      return {
        text: removeContainerOp(text, { document, ...ref }),
        notice: `Removed "${c?.name ?? `${ref.list}[${ref.index}]`}".`,
      };
    },
  });
}

/**
 * Renames a container (and the default-container annotation that names it); a selected container
 * stays selected under its new name. Refusals are returned, not noticed: the field shows them.
 */
export function renameContainer(store: CommandStore, ref: ContainerRef, name: string): EditResult {
  const { oldName, selected } = withEditorFlushed(store, (s) => {
    const oldName = containerName(s, ref);
    return { oldName, selected: s.selectedContainer === oldName };
  });
  const wanted = name.trim();
  if (wanted === oldName) return { ok: true };
  return runCommand(store, {
    oneDocument: true,
    quiet: true,
    op: (text, document) => {
      const problem = containerNameProblem(wanted);
      if (problem) throw new EditError(problem);
      return renameContainerOp(text, { document, ...ref, name: wanted });
    },
    notice: `Renamed "${oldName}" to "${wanted}".`,
    // Once the old name is gone the selection would move to the main container: keep it here.
    select: selected ? { container: wanted } : undefined,
  });
}

function roleLabel(role: Role): string {
  return (PALETTE.find((p) => p.role === role)?.label ?? role).toLowerCase();
}

function containerName(s: AppState, ref: ContainerRef): string {
  const c = selectWorkload(s)?.containers.find((x) => x.list === ref.list && x.index === ref.index);
  return c?.name ?? `${ref.list}[${ref.index}]`;
}
