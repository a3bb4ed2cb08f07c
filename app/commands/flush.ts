import type { AppState } from '../store/index.ts';
import type { CommandStore } from './run.ts';

// The editor holds typed text back until the next frame (or a pause in typing, for a design that
// reads slowly: app/editor/typingPace.ts). Whatever reads, saves, shares or replaces the
// design must first commit that text, or it acts on a design the user no longer sees (and a
// replaced design would lose the last keystrokes). Entry points go through these helpers instead
// of each remembering `flushEditor()`.

/** Runs `fn` on the state as the user sees it: text the editor holds back committed first. */
export function withEditorFlushed<T>(store: CommandStore, fn: (s: AppState) => T): T {
  store.getState().flushEditor();
  return fn(store.getState());
}

/** The design text as the user sees it, pending editor typing included. */
export function currentText(store: CommandStore): string {
  return withEditorFlushed(store, (s) => s.text);
}
