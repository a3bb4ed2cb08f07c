import type { StateCreator } from 'zustand/vanilla';
import type { ContainerList, DesignView, Role } from '../../src/pod/types.ts';
import type { Diagnostic } from '../../src/validate/types.ts';
import type { K8sVersion } from '../../src/validate/versions.ts';
import type { YamlProblem } from '../../src/yaml/parse.ts';
import type { Path } from '../../src/yaml/path.ts';
import type { LayoutSlice } from './layout.ts';

/** Where a text change came from; it decides how the change enters the undo history. */
export type Origin = 'typing' | 'api' | 'canvas';

export interface Notice {
  /** Grows with every notice, so the same message shown twice still re-announces. */
  id: number;
  tone: 'info' | 'error';
  message: string;
  /** A refusal: it no longer holds once the text changes, so it goes away then. */
  untilChange?: boolean;
}

/** The outcome of a canvas edit; a refused edit carries the message the user sees. */
export type EditResult = { ok: true } | { ok: false; message: string };

/** An edit of one document of a large design: which, its new value, where documents now start. */
export interface EditedDocument {
  document: number;
  value: unknown;
  starts: number[];
}

export interface DesignSlice {
  /** The design: the YAML text exactly as the user would apply it. */
  text: string;
  /** Plain value of each document of `text` (derived once per change, never in render). */
  values: readonly unknown[];
  /** How many YAML documents `text` holds. */
  documentCount: number;
  /** The pod view of the current text (partial while it has errors). */
  view: DesignView;
  /** The view of the last text that parsed without errors. */
  lastGood: DesignView;
  /** The values of that text: what the inspector shows, read-only, while `text` has errors. */
  lastGoodValues: readonly unknown[];
  /** True while `text` has errors or is being read: the canvas shows `lastGood` and refuses edits. */
  stale: boolean;
  /**
   * True while a large text is read in the background (app/store/reader.ts); `values`, `view` and
   * `documentCount` still describe the previous text then, and `problems` is empty.
   */
  reading: boolean;
  problems: YamlProblem[];
  /**
   * Every diagnostic of `text` for `k8sVersion` (YAML problems included), or `null` while the
   * lazily loaded validator is not there yet.
   */
  diagnostics: Diagnostic[] | null;
  /**
   * Where each document of `text` starts, when known (src/yaml/document-starts.ts): a large design
   * is edited one document at a time with it. `null` while `text` is read or cannot be split.
   */
  documentStarts: readonly number[] | null;
  /**
   * Replaces the text; `typing` bursts coalesce into one undo step. `burst` names what is typed
   * into: the editor (the default) or one form field (its id). `edited` is what an edit of one
   * document of a large design knows of the new text, so it is shown at once, not read again.
   */
  setText: (text: string, origin: Origin, burst?: string, edited?: EditedDocument) => void;
}

export interface HistorySlice {
  /** Earlier texts, oldest first. */
  past: string[];
  /** Undone texts, next redo last. */
  future: string[];
  /** When the last `typing` step was recorded; `null` closes the burst. */
  typingAt: number | null;
  /** What the open typing burst types into: `EDITOR_BURST` or a form field's id. */
  typingIn: string | null;
  undo: () => void;
  redo: () => void;
  /** Closes the burst of `burst` (Enter, leaving the field): the next keystroke is a new step. */
  endTyping: (burst: string) => void;
  /**
   * Takes back the open burst of `burst` (Escape in a form field): the text before it returns, and
   * the burst leaves no step behind, in the past or the future.
   */
  revertTyping: (burst: string) => void;
}

/** A container of the shown workload, by the fields the edit ops need. */
export interface ContainerRef {
  list: ContainerList;
  index: number;
}

/** The inspector's tabs: what the forms beside the canvas edit. */
export type InspectorTab = 'container' | 'volume' | 'pod' | 'workload' | 'service';

export interface SelectionSlice {
  /** Document index of the workload the canvas shows; `null` means the first one. */
  workloadDocument: number | null;
  /** Name of the selected container of the shown workload. */
  selectedContainer: string | null;
  /** Name of the selected volume (or claim template) of the shown workload. */
  selectedVolume: string | null;
  inspectorTab: InspectorTab;
  /** Shows a workload (`null`: the first) with its main container selected. */
  selectWorkload: (document: number | null) => void;
  /** Selecting a container shows it in the inspector. */
  selectContainer: (name: string | null) => void;
  selectVolume: (name: string | null) => void;
  setInspectorTab: (tab: InspectorTab) => void;
}

/** An edit of the shown workload's document: a pure `src/edit` op. */
export type EditOp = (text: string, document: number) => string;

/**
 * The edits the store offers, each a command of app/commands run by `runCommand`. Components call
 * the named commands of app/commands instead of passing ops here.
 */
export interface EditSlice {
  /**
   * Runs one op on the shown workload as one undo step. A refusal (syntax error, EditError) is
   * shown as a notice unless `quiet`; `done` is the notice shown on success.
   */
  applyEdit: (op: EditOp, options?: { quiet?: boolean; done?: string }) => EditResult;
  /**
   * Sets (or, with `undefined`, removes) the field at `path` of the shown workload's document.
   * Removing prunes parents left empty, down to `base` (the object the form edits). Refusals are
   * returned, not noticed: form fields show them inline.
   */
  setField: (path: Path, value: unknown, base?: Path) => EditResult;
  /**
   * Runs an op on the whole design text (for documents other than the shown workload, such as a
   * Service) as one undo step. Refused only while the text has errors; refusals are returned, and
   * noticed unless `quiet`.
   */
  applyDesignEdit: (op: (text: string) => string, options?: { quiet?: boolean }) => EditResult;
  addContainer: (role: Role, index?: number) => EditResult;
  removeContainer: (ref: ContainerRef) => EditResult;
  /** Refusals are returned, not noticed: the rename field shows them inline. */
  renameContainer: (ref: ContainerRef, name: string) => EditResult;
}

export interface UiSlice {
  notice: Notice | null;
  editorReady: boolean;
  /** Commits text the editor holds back (until its frame or pause); set by the editor while mounted. */
  editorFlush: (() => void) | null;
  notify: (tone: Notice['tone'], message: string, options?: { untilChange?: boolean }) => void;
  clearNotice: () => void;
  setEditorReady: (ready: boolean) => void;
  setEditorFlush: (flush: (() => void) | null) => void;
  /** Commits pending editor text, so every other action starts from what the user sees. */
  flushEditor: () => void;
}

/** Where the editor should scroll to and select; `id` grows so the same place can be shown twice. */
export interface RevealRequest {
  id: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ValidationSlice {
  /** The Kubernetes version the design targets: UI state beside the text, never in it. */
  k8sVersion: K8sVersion;
  reveal: RevealRequest | null;
  setK8sVersion: (version: K8sVersion) => void;
  /** Validates the current text again (once the validator has loaded). */
  revalidate: () => void;
  /** Shows a diagnostic: its lines in the editor, and the container or volume it concerns. */
  showDiagnostic: (diagnostic: Diagnostic) => void;
  /** Applies the diagnostic's quick fix as one undo step. */
  applyFix: (diagnostic: Diagnostic) => EditResult;
}

export type AppState = DesignSlice &
  HistorySlice &
  SelectionSlice &
  EditSlice &
  UiSlice &
  ValidationSlice &
  LayoutSlice;

export type Slice<T> = StateCreator<AppState, [], [], T>;

export interface StoreOptions {
  /** Initial design text (default: the starter design). */
  text?: string;
  /** Clock for typing coalescing; tests pass a fake one. */
  now?: () => number;
  /**
   * Puts off the check (validation) of typed text, so the keystroke reaches the editor and the
   * canvas first: the diagnostics stay as they were until `check` runs. The page runs it once
   * the next frame is drawn; without it (tests), typed text is checked at once like any other.
   */
  checkLater?: (check: () => void) => void;
}
