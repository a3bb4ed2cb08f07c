import { WORKLOAD_KIND_WORDS } from '../../src/pod/kinds.ts';
import { problemWords } from '../../src/yaml/parse.ts';
import { EditError } from '../../src/edit/errors.ts';
import { editOneDocument } from '../../src/edit/one-document.ts';
import type { PodView } from '../../src/pod/types.ts';
import { selectFirstError, selectWorkload } from '../store/selectors.ts';
import type { AppState, AppStore, EditedDocument, EditResult } from '../store/index.ts';
import { READ_IN_BACKGROUND_FROM } from '../store/reader.ts';
import { withEditorFlushed } from './flush.ts';

// The one runner of canvas and form edits (DESIGN.md §3). Every command is a `src/edit` op plus
// what to say and select once it ran; `runCommand` does the rest, in this order:
//   1. commit text the editor still holds back (the op must start from what the user sees);
//   2. refuse while the text cannot be edited (being read, syntax error, no workload);
//   3. run the op (an EditError is a refusal the user can act on);
//   4. set the text as one undo step;
//   5. show the notice;
//   6. apply the selection.

/** What a command needs of the store: the store itself, or a slice's `get` (`{ getState: get }`). */
export type CommandStore = Pick<AppStore, 'getState'>;

/** What to select once an op ran; a key left out leaves that selection alone. */
export interface Selection {
  container?: string | null;
  volume?: string | null;
}

/**
 * A value known when the op runs, or computed from the state after the new text is set (what a
 * card is called once it moved). `undefined` from the function means nothing to show.
 */
export type Then<T> = T | ((after: AppState) => T | undefined);

/** What an op did: the new text, and what to say and select about it. */
export interface EditOutcome {
  text: string;
  /** Set when the op edited one document of a large design on its own (see `onWorkload`). */
  edited?: EditedDocument;
  /** The info notice shown on success; it wins over the command's. */
  notice?: Then<string>;
  /** What to select on success; it wins over the command's. */
  select?: Then<Selection>;
}

/** An op on the shown workload's document; `pod` is that workload as the text holds it now. */
export type WorkloadOp = (text: string, document: number, pod: PodView) => string | EditOutcome;
/** An op on the whole design text (a Service, a document of its own). */
export type DesignOp = (text: string) => string | EditOutcome;

interface CommandOptions {
  /** The info notice shown on success (unless the op returned its own). */
  notice?: Then<string>;
  /** What to select on success (unless the op returned its own). */
  select?: Then<Selection>;
  /** Refusals are returned, not noticed: the control that asked shows them inline. */
  quiet?: boolean;
  /**
   * The op reads and changes only the workload's own document, so in a large design it runs on
   * that document alone (src/edit/one-document.ts). Ops that look at other documents (a rename
   * that carries Services along) must not say so: they would not see them.
   */
  oneDocument?: boolean;
}

/**
 * One edit. `workload` commands (the default) edit the shown workload and are refused when the
 * design has none; `design` commands edit the whole text and are refused only while it is being
 * read or has errors.
 */
export type Command =
  | (CommandOptions & { on?: 'workload'; op: WorkloadOp })
  | (CommandOptions & { on: 'design'; op: DesignOp });

/** Why a canvas edit cannot run now, or `undefined` when it can. */
export function refusal(s: AppState): string | undefined {
  if (s.reading)
    return 'Edit refused: the large design is still being read — try again in a moment.';
  const error = selectFirstError(s);
  if (error?.ruleId === 'yaml-limit') return `Edit refused: ${error.message}.`;
  if (error) {
    const what = problemWords(error.ruleId);
    return `Edit refused: the YAML has ${what} at line ${error.line} — fix it first.`;
  }
  if (!selectWorkload(s)) {
    return `Edit refused: the design has no workload (${WORKLOAD_KIND_WORDS}) to edit.`;
  }
  return undefined;
}

/** Why an edit of the whole design cannot run now: only while the text is read or has errors. */
export function designRefusal(s: AppState): string | undefined {
  return s.reading || selectFirstError(s) ? refusal(s) : undefined;
}

/** The form field whose typing runs the commands now (see `typedInto`), if any. */
let typingInto: string | null = null;

/**
 * Runs `fn`, whose commands are typing into the form field `burst` (its id): they join that
 * field's undo step instead of making one each, and say nothing, as the field itself shows the
 * change (a notice per keystroke would be noise, and re-announced to screen readers).
 */
export function typedInto<T>(burst: string, fn: () => T): T {
  const outer = typingInto;
  typingInto = burst;
  try {
    return fn();
  } finally {
    typingInto = outer;
  }
}

/** Runs one command as one undo step; see the steps at the top of this file. */
export function runCommand(store: CommandStore, command: Command): EditResult {
  const s = withEditorFlushed(store, (flushed) => flushed);
  const outcome =
    command.on === 'design'
      ? onDesign(s, command.op)
      : onWorkload(s, command.op, command.oneDocument ?? false);
  if (typeof outcome === 'string') {
    if (!command.quiet) s.notify('error', outcome, { untilChange: true });
    return { ok: false, message: outcome };
  }
  if (typingInto !== null) s.setText(outcome.text, 'typing', typingInto, outcome.edited);
  else s.setText(outcome.text, 'canvas', undefined, outcome.edited);
  const notice = typingInto === null && resolve(outcome.notice ?? command.notice, store.getState());
  if (notice) store.getState().notify('info', notice);
  const select = resolve(outcome.select ?? command.select, store.getState());
  if (select) applySelection(store.getState(), select);
  return { ok: true };
}

function onWorkload(s: AppState, op: WorkloadOp, oneDocument: boolean): EditOutcome | string {
  const problem = refusal(s);
  if (problem) return problem;
  const pod = selectWorkload(s);
  if (!pod) return 'Edit refused: there is no workload to edit.';
  return attempt(() => (oneDocument && alone(s, pod, op)) || op(s.text, pod.document, pod));
}

/**
 * The op run on the workload's document alone, when the design is large (src/edit/one-document.ts):
 * the main thread then parses one document, not a megabyte, and the canvas shows the edit at once.
 * `undefined` when the design is small or its documents cannot be taken apart.
 */
function alone(s: AppState, pod: PodView, op: WorkloadOp): EditOutcome | undefined {
  if (s.text.length < READ_IN_BACKGROUND_FROM || !s.documentStarts) return undefined;
  let outcome: EditOutcome | undefined;
  const edited = editOneDocument(s.text, s.documentStarts, pod.document, (text) => {
    const result = op(text, 0, { ...pod, document: 0 });
    outcome = typeof result === 'string' ? { text: result } : result;
    return outcome.text;
  });
  if (!edited || !outcome) return undefined;
  return {
    ...outcome,
    text: edited.text,
    edited: { document: pod.document, value: edited.value, starts: edited.starts },
  };
}

function onDesign(s: AppState, op: DesignOp): EditOutcome | string {
  return designRefusal(s) ?? attempt(() => op(s.text));
}

/** The op's outcome, or the message of the EditError that refused it. */
function attempt(run: () => string | EditOutcome): EditOutcome | string {
  try {
    const result = run();
    return typeof result === 'string' ? { text: result } : result;
  } catch (err) {
    if (err instanceof EditError) return err.message;
    console.error(err);
    return `Edit failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function resolve<T>(value: Then<T> | undefined, after: AppState): T | undefined {
  return typeof value === 'function' ? (value as (after: AppState) => T | undefined)(after) : value;
}

function applySelection(s: AppState, select: Selection): void {
  if (select.container !== undefined) s.selectContainer(select.container);
  if (select.volume !== undefined) s.selectVolume(select.volume);
}
