import { addContainer, removeContainer, renameContainer } from '../commands/containers.ts';
import { setField } from '../commands/fields.ts';
import { runCommand, type CommandStore } from '../commands/run.ts';
import type { EditSlice, Slice } from './types.ts';

export { refusal } from '../commands/run.ts';

/**
 * The store's edit actions, for callers that hold only the store's state (the canvas, the forms
 * kit, quick fixes). Each is a command of app/commands, run by its one runner.
 */
export const createEditSlice: Slice<EditSlice> = (_set, get) => {
  const store: CommandStore = { getState: get };
  return {
    applyEdit: (op, options = {}) =>
      runCommand(store, { op, quiet: options.quiet, notice: options.done }),
    setField: (path, value, base = []) => setField(store, path, value, base),
    applyDesignEdit: (op, options = {}) =>
      runCommand(store, { on: 'design', op, quiet: options.quiet }),
    addContainer: (role, index) => addContainer(store, role, index),
    removeContainer: (ref) => removeContainer(store, ref),
    renameContainer: (ref, name) => renameContainer(store, ref, name),
  };
};
