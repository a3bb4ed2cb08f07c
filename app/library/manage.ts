import { listDesigns, readDesign, removeDesign } from '../../src/library/library.ts';
import { newDesignId } from '../../src/library/ids.ts';
import { duplicateName, nameProblem } from '../../src/library/names.ts';
import { saveFailedMessage } from '../../src/library/problems.ts';
import { cleanName, type DesignRecord } from '../../src/library/record.ts';
import type { EditResult } from '../store/index.ts';
import type { Session } from './session.ts';

/** A deleted design and whether this tab had it open, so the deletion can be undone. */
export interface Deleted {
  record: DesignRecord;
  wasOpen: boolean;
}

/** What the library dialog does with saved designs (loaded with it, not with the page). */
export interface Library {
  /** Every saved design, most recently edited first. */
  list(): DesignRecord[];
  rename(id: string, name: string): EditResult;
  /** Saves a copy named `web (2)`; returns it, or `null` when it could not. */
  duplicate(id: string): DesignRecord | null;
  /** Deletes a saved design; deleting the open one shows a new design in this tab. */
  remove(id: string): Deleted | null;
  /** Undoes {@link remove}: the design is saved again, and shown again if it was open. */
  restore(deleted: Deleted): boolean;
}

const GONE = 'That design is no longer saved in this browser.';

/** Runs `f`, or gives back `null` when the storage throws (it is turned off). */
function safely<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

/** The library of saved designs, through this tab's session. */
export function manageLibrary(
  session: Session,
  now: () => number = () => Date.now(),
  random: () => number = () => Math.random(),
): Library {
  const read = (id: string) => {
    const storage = session.storage();
    return storage ? safely(() => readDesign(storage, id)) : null;
  };
  const failed = (): EditResult => ({
    ok: false,
    message: saveFailedMessage(session.problem() ?? 'other'),
  });

  const library: Library = {
    list() {
      const storage = session.storage();
      return (storage && safely(() => listDesigns(storage))) ?? [];
    },
    rename(id, name) {
      const problem = nameProblem(name);
      if (problem) return { ok: false, message: problem };
      const clean = cleanName(name);
      if (library.list().some((r) => r.id !== id && r.name === clean))
        return { ok: false, message: `Another design is called "${clean}": choose another name.` };
      if (id === session.currentId())
        return session.nameOpenDesign(clean) ? { ok: true } : failed();
      const record = read(id);
      if (!record) return { ok: false, message: GONE };
      // Renaming is not an edit of the design: it keeps its place in the list.
      if (!session.write({ ...record, name: clean, named: true })) return failed();
      session.changed();
      return { ok: true };
    },
    duplicate(id) {
      if (id === session.currentId() && !session.saveNow()) return null;
      const record = read(id);
      if (!record) return null;
      const names = library.list().map((r) => r.name);
      const copy: DesignRecord = {
        ...record,
        id: newDesignId(now(), random),
        name: duplicateName(record.name, names),
        named: true,
        updatedAt: now(),
      };
      if (!session.write(copy)) return null;
      session.changed();
      return copy;
    },
    remove(id) {
      const storage = session.storage();
      const wasOpen = id === session.currentId();
      const found = read(id);
      if (!storage || !found) return null;
      // The open design is kept as the user sees it now, so undo brings back exactly that.
      const record = wasOpen ? { ...found, ...session.openDesign() } : found;
      try {
        removeDesign(storage, id);
      } catch {
        return null;
      }
      if (wasOpen) session.leaveDeleted();
      else session.changed();
      return { record, wasOpen };
    },
    restore({ record, wasOpen }) {
      if (!session.write(record)) return false;
      session.changed();
      if (wasOpen && session.isPristine()) return session.open(record.id);
      return true;
    },
  };
  return library;
}
