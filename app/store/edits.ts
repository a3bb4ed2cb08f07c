import { addContainer, removeContainer, renameContainer } from '../../src/edit/containers.ts';
import { EditError } from '../../src/edit/errors.ts';
import { setField } from '../../src/edit/fields.ts';
import type { Role } from '../../src/pod/types.ts';
import { PALETTE } from '../roles.ts';
import { containerNameProblem } from './names.ts';
import { selectFirstError, selectWorkload } from './selectors.ts';
import type { AppState, EditOp, EditResult, EditSlice, Slice } from './types.ts';

type Op = EditOp;

/** Why a canvas edit cannot run now, or `undefined` when it can. */
export function refusal(s: AppState): string | undefined {
  if (s.reading)
    return 'Edit refused: the large design is still being read — try again in a moment.';
  const error = selectFirstError(s);
  if (error?.ruleId === 'yaml-limit') return `Edit refused: ${error.message}.`;
  if (error) {
    const what = error.ruleId === 'yaml-duplicate-key' ? 'a duplicate key' : 'a syntax error';
    return `Edit refused: the YAML has ${what} at line ${error.line} — fix it first.`;
  }
  if (!selectWorkload(s)) {
    return 'Edit refused: the design has no Pod or workload (Deployment, StatefulSet, DaemonSet, Job, CronJob) to edit.';
  }
  return undefined;
}

export const createEditSlice: Slice<EditSlice> = (_set, get) => {
  /** Runs one src/ op on the shown workload and records the result as one undo step. */
  function edit(op: Op, notifyRefusal = true): EditResult {
    get().flushEditor();
    const s = get();
    const outcome = refusal(s) ?? tryOp(s, op);
    if (typeof outcome === 'string') {
      if (notifyRefusal) s.notify('error', outcome, { untilChange: true });
      return { ok: false, message: outcome };
    }
    s.setText(outcome.text, 'canvas');
    return { ok: true };
  }

  return {
    applyEdit: (op, options = {}) => {
      const result = edit(op, !options.quiet);
      if (result.ok && options.done) get().notify('info', options.done);
      return result;
    },
    setField: (path, value, base = []) =>
      edit(
        (text, document) =>
          setField(text, { document, path, value, keepDepth: Math.max(base.length, 0) }),
        false,
      ),
    applyDesignEdit: (op, options = {}) => {
      get().flushEditor();
      const s = get();
      const outcome = s.reading || selectFirstError(s) ? refusal(s)! : runOp(() => op(s.text));
      if (typeof outcome === 'string') {
        if (!options.quiet) s.notify('error', outcome, { untilChange: true });
        return { ok: false, message: outcome };
      }
      s.setText(outcome.text, 'canvas');
      return { ok: true };
    },
    addContainer: (role: Role, index?: number) => {
      const before = new Set(selectWorkload(get())?.containers.map((c) => c.name));
      const result = edit((text, document) => addContainer(text, { document, role, index }));
      if (result.ok) {
        const added = selectWorkload(get())?.containers.find((c) => !before.has(c.name));
        if (added) {
          get().selectContainer(added.name);
          get().notify('info', `Added ${roleLabel(role)} "${added.name}".`);
        }
      }
      return result;
    },
    removeContainer: (ref) => {
      const name = containerName(get(), ref.list, ref.index);
      const result = edit((text, document) => removeContainer(text, { document, ...ref }));
      // The selection, if it was this container, has moved to the main one (store/index.ts).
      if (result.ok) get().notify('info', `Removed "${name}".`);
      return result;
    },
    renameContainer: (ref, name) => {
      const s = get();
      const oldName = containerName(s, ref.list, ref.index);
      const wanted = name.trim();
      if (wanted === oldName) return { ok: true };
      const problem = refusal(s) ?? containerNameProblem(wanted);
      if (problem) return { ok: false, message: problem };
      // Read before the edit: once the old name is gone the selection moves to the main container.
      const selected = s.selectedContainer === oldName;
      const result = edit(
        (text, document) => renameContainer(text, { document, ...ref, name: wanted }),
        false,
      );
      if (result.ok) {
        if (selected) get().selectContainer(wanted);
        get().notify('info', `Renamed "${oldName}" to "${wanted}".`);
      }
      return result;
    },
  };
};

function tryOp(s: AppState, op: Op): { text: string } | string {
  const workload = selectWorkload(s);
  if (!workload) return 'Edit refused: there is no workload to edit.';
  return runOp(() => op(s.text, workload.document));
}

/** The new text, or the message of the EditError that refused it. */
function runOp(run: () => string): { text: string } | string {
  try {
    return { text: run() };
  } catch (err) {
    if (err instanceof EditError) return err.message;
    console.error(err);
    return `Edit failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function roleLabel(role: Role): string {
  return (PALETTE.find((p) => p.role === role)?.label ?? role).toLowerCase();
}

function containerName(s: AppState, list: string, index: number): string {
  const c = selectWorkload(s)?.containers.find((x) => x.list === list && x.index === index);
  return c?.name ?? `${list}[${index}]`;
}
