import {
  listDesigns,
  readDesign,
  writeDesign,
  type KeyValueStore,
} from '../../src/library/library.ts';
import { newDesignId } from '../../src/library/ids.ts';
import { defaultName, designKind, distinctName } from '../../src/library/names.ts';
import { isStockText } from '../../src/library/pristine.ts';
import {
  saveFailedMessage,
  storageProblem,
  type StorageProblem,
} from '../../src/library/problems.ts';
import {
  CURRENT_KEY,
  idFromKey,
  isDesignId,
  parseRecord,
  type DesignRecord,
} from '../../src/library/record.ts';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { DEFAULT_K8S_VERSION, type K8sVersion } from '../../src/validate/versions.ts';
import { currentText, withEditorFlushed } from '../commands/flush.ts';
import type { AppStore } from '../store/index.ts';
import { browserEnv, type SessionEnv, type StorageChange } from './env.ts';
import { replaceInMemory, showDesign, type Opened } from './replace.ts';

/** Autosave waits this long after the last change, so a burst of typing is one write. */
export const SAVE_DELAY_MS = 300;
/** …but never longer than this while changes keep coming. */
export const SAVE_MAX_WAIT_MS = 2000;

/** What the library dialog needs to see of the open design. */
export interface OpenDesign {
  text: string;
  k8s: K8sVersion;
  name: string;
  named: boolean;
}

/** This tab's design, saved in the library of designs (one library per browser origin). */
export interface Session {
  /** The id of the design this tab edits. */
  currentId(): string;
  /** True when replacing the current design loses nothing: it is a stock template unchanged. */
  isPristine(): boolean;
  /**
   * Shows `text` as a new design of the library in this tab (history cleared), named `name` when
   * given (told apart from other designs' names). The current design stays in the library as it
   * is; an unchanged starter or stock template is simply replaced, as there is nothing to keep.
   * With storage turned off there is no library: `text` replaces the design as one undo step.
   * `null`, with a notice, when the current design could not be saved first.
   */
  openAsNew(text: string, k8s: K8sVersion, name?: string): Opened | null;
  /** Saves the current design, then shows design `id`. False, with a notice, when it cannot. */
  open(id: string): boolean;
  /** Saves the current design, then starts a new one from the starter (stored once changed). */
  newDesign(): boolean;
  /** Saves now if anything changed; false when the browser refused. */
  saveNow(): boolean;
  /** Why saving fails at the moment, or `null` when it works. */
  problem(): StorageProblem | null;
  /** Calls `listener` whenever the library changes, in this tab or another. */
  subscribe(listener: () => void): () => void;
  stop(): void;
  // For the library dialog (app/library/manage.ts), which loads later:
  /** The shared storage, or `null` when the browser forbids it. */
  storage(): KeyValueStore | null;
  /** Writes a record; on failure the user is told why (once) and false comes back. */
  write(record: DesignRecord): boolean;
  /** The open design as the user sees it now (text the editor holds back included). */
  openDesign(): OpenDesign;
  /** Names the open design (the name stops following the workload's) and saves it. */
  nameOpenDesign(name: string): boolean;
  /** The open design was deleted: show a new one, and do not save the old one again. */
  leaveDeleted(): void;
  /** Tells subscribers the library changed. */
  changed(): void;
}

let active: Session | null = null;

/** The session `startSession` started in this page, for dialogs that load later. */
export function currentSession(): Session | null {
  return active;
}

/** Runs `f`, or gives back the storage problem it threw. */
function attempt<T>(f: () => T): { ok: true; value: T } | { ok: false; problem: StorageProblem } {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, problem: storageProblem(error) };
  }
}

/**
 * Restores this tab's design (text and target version exactly) or starts from the starter, then
 * saves every change of the text or the version: debounced, and at once when the page is hidden.
 * Each design has its own key and each tab remembers its own design id, so two tabs editing
 * different designs never write the same key. A design open in two tabs follows the latest save.
 */
export function startSession(store: AppStore, env: SessionEnv = browserEnv()): Session {
  const localAccess = attempt(env.local);
  const local: KeyValueStore | null = localAccess.ok ? localAccess.value : null;
  const tab = attempt(env.session);
  const tabStore = tab.ok ? tab.value : null;

  let id = '';
  /** The user chose the name (it no longer follows the workload's). */
  let meta = { name: '', named: false };
  /** What storage holds for `id` as far as this tab knows; `null` when nothing is stored. */
  let saved: { text: string; k8s: K8sVersion } | null = null;
  let metaDirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingSince = 0;
  let failing: StorageProblem | null = localAccess.ok ? null : localAccess.problem;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  const notify = (tone: 'info' | 'error', message: string) =>
    store.getState().notify(tone, message);

  const rememberTab = () => {
    attempt(() => tabStore?.setItem(CURRENT_KEY, id));
  };

  const fail = (problem: StorageProblem) => {
    if (failing !== problem) notify('error', saveFailedMessage(problem));
    failing = problem;
    emit();
  };

  /** Writes one record; on failure says why once, and the design stays open in memory. */
  const write = (record: DesignRecord): boolean => {
    if (!local) {
      fail(failing ?? 'off');
      return false;
    }
    const result = attempt(() => writeDesign(local, record));
    if (!result.ok) {
      fail(result.problem);
      return false;
    }
    if (failing) notify('info', 'Saving works again: your designs are stored in this browser.');
    failing = null;
    return true;
  };

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** The names of the other saved designs, so this one's can be told apart from them. */
  const otherNames = (): string[] => {
    const listed = local ? attempt(() => listDesigns(local)) : null;
    return listed?.ok ? listed.value.filter((r) => r.id !== id).map((r) => r.name) : [];
  };
  /** The workload name the automatic name was last made from: the library is read only when it changes. */
  let autoFrom: string | null = null;
  const autoName = (from: string): string => {
    if (from === autoFrom && meta.name) return meta.name;
    autoFrom = from;
    return distinctName(from, otherNames(), meta.name || undefined);
  };

  const saveNow = (): boolean => {
    cancelTimer();
    const s = store.getState();
    if (saved && saved.text === s.text && saved.k8s === s.k8sVersion && !metaDirty) return true;
    const view = s.stale ? s.lastGood : s.view;
    const record: DesignRecord = {
      id,
      name: meta.named ? meta.name : autoName(defaultName(view)),
      kind: designKind(view),
      text: s.text,
      k8s: s.k8sVersion,
      updatedAt: env.now(),
      named: meta.named,
    };
    if (!write(record)) return false;
    saved = { text: record.text, k8s: record.k8s };
    meta = { name: record.name, named: record.named };
    metaDirty = false;
    emit();
    return true;
  };

  const schedule = () => {
    const now = env.now();
    if (timer === null) pendingSince = now;
    else clearTimeout(timer);
    const wait = now - pendingSince >= SAVE_MAX_WAIT_MS ? 0 : SAVE_DELAY_MS;
    timer = setTimeout(saveNow, wait);
  };

  /** Commits text the editor holds back, then saves: the current design is safe to leave. */
  const secureCurrent = (): boolean => {
    if (withEditorFlushed(store, saveNow)) return true;
    notify('error', `${saveFailedMessage(failing ?? 'other')} This design stays open.`);
    return false;
  };

  const show = (record: Pick<DesignRecord, 'id' | 'text' | 'k8s' | 'name' | 'named'>) => {
    id = record.id;
    meta = { name: record.name, named: record.named };
    autoFrom = null;
    metaDirty = false;
    saved = null;
    rememberTab();
    showDesign(store, record.text, record.k8s);
  };

  const freshId = () => newDesignId(env.now(), env.random);

  const startFresh = (withId = freshId()) => {
    id = withId;
    meta = { name: '', named: false };
    autoFrom = null;
    metaDirty = false;
    rememberTab();
    showDesign(store, STARTER_YAML, DEFAULT_K8S_VERSION);
    // An unchanged starter is not stored: new tabs do not fill the library with copies of it.
    saved = { text: STARTER_YAML, k8s: DEFAULT_K8S_VERSION };
  };

  // Restore this tab's design, or start a new one.
  const remembered = tabStore ? attempt(() => tabStore.getItem(CURRENT_KEY)) : null;
  const rememberedId = remembered?.ok && isDesignId(remembered.value) ? remembered.value : null;
  const restored = local && rememberedId ? attempt(() => readDesign(local, rememberedId)) : null;
  if (restored?.ok && restored.value) {
    show(restored.value);
    saved = { text: restored.value.text, k8s: restored.value.k8s };
  } else {
    // A remembered id with nothing stored was an unchanged starter (or deleted elsewhere).
    startFresh(rememberedId ?? undefined);
    if (!local) notify('error', saveFailedMessage(failing ?? 'off'));
  }

  const stopStore = store.subscribe((s, previous) => {
    if (s.text !== previous.text || s.k8sVersion !== previous.k8sVersion) schedule();
  });
  const stopHide = env.onHide(() => withEditorFlushed(store, saveNow));

  /** Another tab saved or deleted the design this tab shows. */
  const followOtherTab = (change: StorageChange) => {
    const record = change.key === null ? null : parseRecord(change.newValue, id);
    if (!record) {
      if (saved === null) return;
      saved = null;
      notify(
        'info',
        'This design was deleted in another tab. It is still open here: your next change saves it again.',
      );
      return;
    }
    meta = { name: record.name, named: record.named };
    const s = withEditorFlushed(store, (flushed) => flushed);
    // A change of ours not saved yet is newer: it is written next (the last write wins).
    saved = { text: record.text, k8s: record.k8s };
    if (timer !== null) return;
    if (s.text !== record.text) s.setText(record.text, 'api');
    if (s.k8sVersion !== record.k8s) s.setK8sVersion(record.k8s);
    cancelTimer();
  };
  const stopStorage = env.onStorage((change) => {
    if (change.key !== null && idFromKey(change.key) === null) return;
    if (change.key === null || idFromKey(change.key) === id) followOtherTab(change);
    emit();
  });

  const session: Session = {
    currentId: () => id,
    isPristine: () => {
      const text = currentText(store);
      return text.trim() === '' || isStockText(text);
    },
    openAsNew(text, k8s, name) {
      if (!local) return replaceInMemory(store, text, k8s);
      const pristine = !meta.named && session.isPristine();
      if (!pristine && !secureCurrent()) return null;
      const kept = pristine ? null : meta.name;
      show({ id: pristine ? id : freshId(), text, k8s, name: '', named: false });
      if (name) meta = { name: distinctName(name, otherNames()), named: true };
      saveNow();
      emit();
      return { kept, undoable: false };
    },
    open(target) {
      if (target === id) return true;
      const record = local ? attempt(() => readDesign(local, target)) : null;
      if (!record?.ok || !record.value) {
        notify('error', 'That design is no longer saved in this browser.');
        emit();
        return false;
      }
      if (!secureCurrent()) return false;
      show(record.value);
      saved = { text: record.value.text, k8s: record.value.k8s };
      emit();
      return true;
    },
    newDesign() {
      if (!secureCurrent()) return false;
      startFresh();
      emit();
      return true;
    },
    saveNow,
    problem: () => failing,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      cancelTimer();
      stopStore();
      stopHide();
      stopStorage();
      if (active === session) active = null;
    },
    storage: () => local,
    write,
    openDesign: () =>
      withEditorFlushed(store, (s) => ({
        text: s.text,
        k8s: s.k8sVersion,
        name: meta.name,
        named: meta.named,
      })),
    nameOpenDesign(name) {
      meta = { name, named: true };
      metaDirty = true;
      return saveNow();
    },
    leaveDeleted() {
      cancelTimer();
      startFresh();
      emit();
    },
    changed: emit,
  };
  active = session;
  return session;
}
