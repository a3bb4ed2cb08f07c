import type { StateCreator } from 'zustand/vanilla';
import type { ContainerList, DesignView, Role } from '../../src/pod/types.ts';
import type { ParsedDesign, YamlProblem } from '../../src/yaml/parse.ts';

/** Where a text change came from; it decides how the change enters the undo history. */
export type Origin = 'typing' | 'api' | 'canvas';

export interface Notice {
  /** Grows with every notice, so the same message shown twice still re-announces. */
  id: number;
  tone: 'info' | 'error';
  message: string;
}

/** The outcome of a canvas edit; a refused edit carries the message the user sees. */
export type EditResult = { ok: true } | { ok: false; message: string };

export interface DesignSlice {
  /** The design: the YAML text exactly as the user would apply it. */
  text: string;
  /** Derived from `text` once per change, never in render. */
  parsed: ParsedDesign;
  /** The pod view of the current text (partial while it has errors). */
  view: DesignView;
  /** The view of the last text that parsed without errors. */
  lastGood: DesignView;
  /** True while `text` has errors: the canvas shows `lastGood` and refuses edits. */
  stale: boolean;
  problems: YamlProblem[];
  /** Replaces the text; `typing` bursts coalesce into one undo step. */
  setText: (text: string, origin: Origin) => void;
}

export interface HistorySlice {
  /** Earlier texts, oldest first. */
  past: string[];
  /** Undone texts, next redo last. */
  future: string[];
  /** When the last `typing` step was recorded; `null` closes the burst. */
  typingAt: number | null;
  undo: () => void;
  redo: () => void;
}

/** A container of the shown workload, by the fields the edit ops need. */
export interface ContainerRef {
  list: ContainerList;
  index: number;
}

export interface SelectionSlice {
  /** Document index of the workload the canvas shows; `null` means the first one. */
  workloadDocument: number | null;
  /** Name of the selected container of the shown workload. */
  selectedContainer: string | null;
  selectWorkload: (document: number) => void;
  selectContainer: (name: string | null) => void;
}

export interface EditSlice {
  addContainer: (role: Role, index?: number) => EditResult;
  removeContainer: (ref: ContainerRef) => EditResult;
  /** Refusals are returned, not noticed: the rename field shows them inline. */
  renameContainer: (ref: ContainerRef, name: string) => EditResult;
}

export interface UiSlice {
  notice: Notice | null;
  editorReady: boolean;
  /** Commits text the editor holds back for its debounce; set by the editor while mounted. */
  editorFlush: (() => void) | null;
  notify: (tone: Notice['tone'], message: string) => void;
  clearNotice: () => void;
  setEditorReady: (ready: boolean) => void;
  setEditorFlush: (flush: (() => void) | null) => void;
  /** Commits pending editor text, so every other action starts from what the user sees. */
  flushEditor: () => void;
}

export type AppState = DesignSlice & HistorySlice & SelectionSlice & EditSlice & UiSlice;

export type Slice<T> = StateCreator<AppState, [], [], T>;

export interface StoreOptions {
  /** Initial design text (default: the starter design). */
  text?: string;
  /** Clock for typing coalescing; tests pass a fake one. */
  now?: () => number;
}
