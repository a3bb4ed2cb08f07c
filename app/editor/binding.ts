import type * as Monaco from 'monaco-editor';
import { recognise } from '../../src/io/recognise.ts';
import { lineEnding, splitBom, withLineEnding } from '../../src/io/text-shape.ts';
import { spanOf } from '../../src/yaml/locate.ts';
import { parseDesign } from '../../src/yaml/parse.ts';
import { READ_IN_BACKGROUND_FROM } from '../store/reader.ts';
import type { AppState, AppStore, RevealRequest } from '../store/index.ts';
import { selectSelected, selectWorkload } from '../store/selectors.ts';
import { diagnosticMarkers } from './markers.ts';
import { registerQuickFixes } from './quickFixes.ts';
import { minimalEdit } from './sync.ts';
import { typingPause } from './typingPace.ts';

export const MARKER_OWNER = 'podsmith';

type Editor = Monaco.editor.IStandaloneCodeEditor;

/**
 * Connects a mounted editor to the store. Typed text reaches the store as `typing`, in the next
 * frame or after a pause when the design reads slowly (./typingPace.ts);
 * text changed elsewhere (canvas, undo, `setYaml`) reaches the model as one minimal edit. Returns
 * the function that disconnects it.
 */
export function bindEditor(editor: Editor, monaco: typeof Monaco, store: AppStore): () => void {
  const model = editor.getModel();
  if (!model) return () => {};
  /** The commit waiting for its frame or its pause. */
  let pending: { cancel: () => void } | null = null;
  /** What the last commit cost, in milliseconds: it sets the pace of the next. */
  let lastCommitMs = 0;
  let applying = false;
  // Monaco keeps a byte order mark outside its lines: it goes around the editor (src/io/text-shape.ts).
  let bom = '';
  const selection = editor.createDecorationsCollection();
  /** True when the editor shows `text`, byte for byte. */
  const shows = (text: string) => bom + model.getValue() === text;

  const commit = () => {
    pending?.cancel();
    pending = null;
    if (model.isDisposed()) return;
    const started = performance.now();
    store.getState().setText(bom + model.getValue(), 'typing');
    lastCommitMs = performance.now() - started;
  };
  const flush = () => {
    if (pending !== null) commit();
  };

  const typing = editor.onDidChangeModelContent(() => {
    if (applying) return;
    const pause = typingPause(model.getValueLength(), lastCommitMs);
    if (pause === 0) {
      // Keys within one frame share its commit.
      if (pending === null) {
        const frame = requestAnimationFrame(commit);
        pending = { cancel: () => cancelAnimationFrame(frame) };
      }
      return;
    }
    pending?.cancel();
    const timer = setTimeout(commit, pause);
    pending = { cancel: () => clearTimeout(timer) };
  });

  /** Pushes store text into the model. Pending typing was flushed by the store action first. */
  const showText = (text: string) => {
    const shape = splitBom(text);
    bom = shape.bom;
    // The model has one line ending for all lines: a CRLF design gets a CRLF model, so typing keeps
    // CRLF. (Mixed line endings show as the model's; typing then writes the model's everywhere.)
    const eol = lineEnding(shape.body);
    if (eol && eol !== model.getEOL()) {
      applying = true;
      try {
        model.setEOL(
          eol === '\r\n'
            ? monaco.editor.EndOfLineSequence.CRLF
            : monaco.editor.EndOfLineSequence.LF,
        );
      } finally {
        applying = false;
      }
    }
    const wanted = withLineEnding(shape.body, model.getEOL() === '\r\n' ? '\r\n' : '\n');
    const current = model.getValue();
    if (wanted === current) return;
    const edit = minimalEdit(current, wanted);
    const range = monaco.Range.fromPositions(
      model.getPositionAt(edit.start),
      model.getPositionAt(edit.end),
    );
    applying = true;
    try {
      editor.pushUndoStop();
      editor.executeEdits('podsmith', [{ range, text: edit.text, forceMoveMarkers: true }]);
      editor.pushUndoStop();
    } finally {
      applying = false;
    }
    if (!editor.hasTextFocus()) {
      const end = model.getPositionAt(edit.start + edit.text.length);
      editor.revealRangeInCenterIfOutsideViewport(
        monaco.Range.fromPositions(range.getStartPosition(), end),
      );
    }
  };

  // Every diagnostic; only the YAML problems until the lazily loaded validator is there.
  const showProblems = (s: AppState) =>
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      diagnosticMarkers(monaco, model, s.diagnostics ?? s.problems),
    );

  /** Selects a diagnostic's place (its first line) and scrolls to it, without taking focus. */
  const showReveal = (r: RevealRequest) => {
    if (model.getLineCount() < r.line) return;
    const end = r.endLine === r.line ? r.endColumn : model.getLineMaxColumn(r.line);
    const range = new monaco.Range(r.line, r.column, r.line, Math.max(end, r.column));
    editor.setSelection(range);
    editor.revealRangeInCenter(range);
  };

  /** Highlights the selected container's lines; scrolls to them when asked. */
  const showSelection = (s: AppState, scroll: boolean) => {
    const container = selectSelected(s);
    const workload = selectWorkload(s);
    // A large design is read in a worker: its nodes are not here to locate, so no highlight.
    const span =
      container && workload && !s.stale && s.text.length < READ_IN_BACKGROUND_FROM
        ? spanOf(parseDesign(s.text), workload.document, container.path)
        : undefined;
    if (!span || !shows(s.text)) {
      if (!span) selection.clear();
      return;
    }
    const start = model.getPositionAt(span.start - bom.length).lineNumber;
    const endPos = model.getPositionAt(span.end - bom.length);
    const end =
      endPos.column === 1 && endPos.lineNumber > start ? endPos.lineNumber - 1 : endPos.lineNumber;
    selection.set([
      {
        range: new monaco.Range(start, 1, end, 1),
        options: {
          isWholeLine: true,
          // A bar beside the lines, no background: a tint behind the text would take some
          // token colours below 4.5:1 contrast (WCAG AA).
          linesDecorationsClassName: 'yaml-selected-gutter',
        },
      },
    ]);
    if (scroll) editor.revealLinesInCenterIfOutsideViewport(start, end);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text !== prev.text) showText(s.text);
    if (s.diagnostics !== prev.diagnostics || s.problems !== prev.problems) showProblems(s);
    if (
      s.selectedContainer !== prev.selectedContainer ||
      s.workloadDocument !== prev.workloadDocument
    ) {
      showSelection(s, true);
    } else if (s.text !== prev.text) showSelection(s, false);
    if (s.reveal && s.reveal !== prev.reveal) showReveal(s.reveal);
  });

  // One undo history for canvas and editor (DESIGN.md §3): the editor's keys drive the store's.
  const actions = [
    editor.addAction({
      id: 'podsmith.undo',
      label: 'Undo',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ],
      run: () => store.getState().undo(),
    }),
    editor.addAction({
      id: 'podsmith.redo',
      label: 'Redo',
      keybindings: [
        monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ,
        monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY,
      ],
      run: () => store.getState().redo(),
    }),
  ];

  const quickFixes = registerQuickFixes(monaco, model, store);
  // Pasted Terraform, Helm values, a kustomization…: say at once what it is and what to do.
  const paste = editor.onDidPaste((e) => {
    const found = recognise(model.getValueInRange(e.range));
    if (found)
      store.getState().notify(found.readable ? 'info' : 'error', `Pasted: ${found.message}`);
  });

  const state = store.getState();
  showText(state.text); // a model kept from an earlier mount may hold older text
  showProblems(state);
  showSelection(state, true);
  state.setEditorFlush(flush);
  state.setEditorReady(true);

  return () => {
    flush();
    typing.dispose();
    unsubscribe();
    for (const action of actions) action.dispose();
    quickFixes.dispose();
    paste.dispose();
    selection.clear();
    store.getState().setEditorFlush(null);
    store.getState().setEditorReady(false);
  };
}
