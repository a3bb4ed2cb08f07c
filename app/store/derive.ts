import type { DesignView } from '../../src/pod/types.ts';
import type { Diagnostic } from '../../src/validate/types.ts';
import { designView, podView } from '../../src/pod/view.ts';
import type { K8sVersion } from '../../src/validate/versions.ts';
import { documentStarts } from '../../src/yaml/document-starts.ts';
import { parseDesign, parsedOk } from '../../src/yaml/parse.ts';
import type { Reading } from './read.ts';
import { READ_IN_BACKGROUND_FROM, readInBackground, Superseded } from './reader.ts';
import { share } from './share.ts';
import type { AppState, DesignSlice, EditedDocument } from './types.ts';
import { diagnose } from './validator.ts';

export const EMPTY_VIEW: DesignView = { workloads: [], objects: [] };

export type Derived = Pick<
  DesignSlice,
  | 'text'
  | 'values'
  | 'documentCount'
  | 'view'
  | 'lastGood'
  | 'lastGoodValues'
  | 'stale'
  | 'reading'
  | 'problems'
  | 'diagnostics'
  | 'documentStarts'
>;

/** What is kept of the last text that parsed without errors. */
export type LastGood = Pick<DesignSlice, 'lastGood' | 'lastGoodValues'>;

export const NO_LAST_GOOD: LastGood = { lastGood: EMPTY_VIEW, lastGoodValues: [] };

/**
 * Everything the UI reads about a text, computed at once (never in render). With `kept`, a text
 * that parses without errors keeps those diagnostics for now: its check is put off (see
 * `StoreOptions.checkLater`). A text with errors is always checked at once.
 */
export function derive(
  text: string,
  before: LastGood,
  k8s: K8sVersion,
  kept?: Diagnostic[] | null,
): Derived {
  const parsed = parseDesign(text);
  const view = designView(parsed);
  const ok = parsedOk(parsed);
  return {
    text,
    values: parsed.values,
    documentCount: parsed.documents.length,
    view,
    lastGood: ok ? view : before.lastGood,
    lastGoodValues: ok ? parsed.values : before.lastGoodValues,
    stale: !ok,
    reading: false,
    problems: parsed.problems,
    diagnostics: ok && kept !== undefined ? kept : diagnose(parsed, k8s),
    documentStarts: documentStarts(parsed),
  };
}

/** The diagnostics of `text` for `k8s` (its parse is usually still cached from `derive`). */
export function diagnoseText(text: string, k8s: K8sVersion): Diagnostic[] | null {
  return diagnose(parseDesign(text), k8s);
}

/** The state of a text read in the background, once it has been read. */
export function fromReading(r: Reading, before: LastGood): Derived {
  return {
    text: r.text,
    values: r.values,
    documentCount: r.documentCount,
    view: r.view,
    lastGood: r.ok ? r.view : before.lastGood,
    lastGoodValues: r.ok ? r.values : before.lastGoodValues,
    stale: !r.ok,
    reading: false,
    problems: r.problems,
    diagnostics: r.diagnostics,
    documentStarts: r.documentStarts,
  };
}

type Store = { get: () => AppState; set: (partial: Partial<AppState>) => void };

/**
 * The state for a new text (or a new target version): derived at once for a normal design; for a
 * large one, `reading` until a worker has read it, while the canvas keeps the last good design and
 * canvas edits wait (the text itself is the user's at once: nothing typed waits). With
 * `keepDiagnostics`, a normal design keeps its diagnostics until its check runs (see `derive`).
 */
export function deriveOrRead(
  text: string,
  k8s: K8sVersion,
  store: Store,
  keepDiagnostics = false,
): Derived {
  const s = store.get();
  if (text.length < READ_IN_BACKGROUND_FROM) {
    return sharedWith(s, derive(text, s, k8s, keepDiagnostics ? s.diagnostics : undefined));
  }
  readLater(text, k8s, store);
  return {
    text,
    values: s.values,
    documentCount: s.documentCount,
    view: s.view,
    lastGood: s.lastGood,
    lastGoodValues: s.lastGoodValues,
    stale: true,
    reading: true,
    problems: [],
    diagnostics: null,
    documentStarts: null,
  };
}

/**
 * The state after an edit of one document of a large design (src/edit/one-document.ts): the
 * canvas and the forms show the edited document at once, the others as they were; the problems
 * and diagnostics stay those of the text before until the whole text has been read again, in the
 * background (their lines after the edited document may be off by the lines it gained meanwhile).
 */
export function deriveEdited(text: string, edited: EditedDocument, store: Store): Derived {
  const s = store.get();
  readLater(text, s.k8sVersion, store);
  const values = s.values.slice();
  values[edited.document] = edited.value;
  const pod = podView(edited.value, edited.document);
  const workloads = s.view.workloads.flatMap((w) =>
    w.document !== edited.document ? [w] : pod ? [pod] : [],
  );
  const view = share(s.view, { ...s.view, workloads });
  const shared = share(s.values, values);
  return {
    text,
    values: shared,
    documentCount: s.documentCount,
    view,
    lastGood: view,
    lastGoodValues: shared,
    stale: false,
    reading: false,
    problems: s.problems,
    diagnostics: s.diagnostics,
    documentStarts: edited.starts,
  };
}

/** Reads `text` in the background and shows what it read, if the text is still the same then. */
function readLater(text: string, k8s: K8sVersion, store: Store): void {
  readInBackground(text, k8s).then(
    (r) => {
      const now = store.get();
      if (now.text === text && now.k8sVersion === k8s) store.set(fromReading(r, now));
    },
    (err: unknown) => {
      if (err instanceof Superseded) return;
      console.error('Reading the design in the background failed:', err);
      // Read it here then: slower, but the design must not stay unread.
      const now = store.get();
      if (now.text === text && now.k8sVersion === k8s) store.set(derive(text, now, now.k8sVersion));
    },
  );
}

/**
 * `d` with every unchanged part kept from the state before: an edit changes a few fields, and the
 * cards, form fields and problem entries that read the rest then see nothing new and do not render.
 */
function sharedWith(s: AppState, d: Derived): Derived {
  const view = share(s.view, d.view);
  const values = share(s.values, d.values);
  return {
    ...d,
    values,
    view,
    lastGood: d.stale ? d.lastGood : view,
    lastGoodValues: d.stale ? d.lastGoodValues : values,
    problems: share(s.problems, d.problems),
    diagnostics: share(s.diagnostics, d.diagnostics),
  };
}
