import { Editor, type OnMount } from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApp, useAppStore } from '../store/context.tsx';
import { selectDark } from '../store/layout.ts';
import { bindEditor } from './binding.ts';
import { followTargetVersion, monaco, monacoTheme } from './monacoSetup.ts';

/** Fixed model URI: monaco-yaml matches schemas against it (`**\/*.k8s.yaml`). */
export const MODEL_PATH = 'file:///podsmith/design.k8s.yaml';

/** Monaco's own key for "Tab moves the focus" (toggleTabFocusMode): Tab indents until it is pressed. */
const TAB_FOCUS_KEY =
  typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform)
    ? 'Ctrl+Shift+M'
    : 'Ctrl+M';

const OPTIONS: Monaco.editor.IStandaloneEditorConstructionOptions = {
  // The way out of the editor is in its name: Tab indents here, so it is no keyboard trap only
  // if people learn how to make Tab move on (WCAG 2.1.2).
  ariaLabel: `YAML design text. Tab indents; ${TAB_FOCUS_KEY} makes Tab move the focus instead, and back.`,
  automaticLayout: true,
  fixedOverflowWidgets: true,
  // Three defaults that would start monaco-yaml's worker (300 kB and the schema) at load and ask it
  // to parse the whole design after every change: folding ranges, links, and the lightbulb's code
  // actions on every cursor move. YAML folds by indentation; a quick fix stays on Ctrl+. and in
  // the problem's hover ("Quick Fix…"). The worker starts when completion or hover is asked for.
  foldingStrategy: 'indentation',
  links: false,
  lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.Off },
  fontSize: 13,
  insertSpaces: true,
  minimap: { enabled: false },
  // Monaco dims the last line's number on Linux (2.6:1 contrast); a line number is a line number.
  renderFinalNewline: 'on',
  renderWhitespace: 'selection',
  scrollBeyondLastLine: false,
  // Sticky headers from indentation: the default asks monaco-yaml for every document's symbols
  // after each change, which costs seconds on the main thread for a large design.
  stickyScroll: { enabled: true, defaultModel: 'indentationModel' },
  tabSize: 2,
};

/** The Monaco editor, uncontrolled: it starts from the store text and syncs through the binding. */
export default function YamlEditor() {
  const store = useAppStore();
  const [initialText] = useState(() => store.getState().text);
  // The app's theme, light or dark; the Editor applies a change of it to the mounted editor.
  const theme = monacoTheme(useApp(selectDark));
  const unbind = useRef<(() => void) | null>(null);

  useEffect(
    () => () => {
      unbind.current?.();
      unbind.current = null;
    },
    [],
  );

  const [focused, setFocused] = useState(false);
  const onMount = useCallback<OnMount>(
    (editor) => {
      unbind.current?.();
      const unbindStore = bindEditor(editor, monaco, store);
      const unfollow = followTargetVersion(store);
      const focus = editor.onDidFocusEditorText(() => setFocused(true));
      const blur = editor.onDidBlurEditorText(() => setFocused(false));
      unbind.current = () => {
        unbindStore();
        unfollow();
        focus.dispose();
        blur.dispose();
      };
    },
    [store],
  );

  return (
    <>
      <Editor
        defaultValue={initialText}
        defaultLanguage="yaml"
        path={MODEL_PATH}
        theme={theme}
        options={OPTIONS}
        onMount={onMount}
        loading={<p className="editor-loading">Loading editor…</p>}
      />
      {/* While the editor has the focus, where Tab indents: how to Tab out of it. Screen readers
          hear the same in the editor's name. */}
      {focused ? (
        <p className="editor-keys" aria-hidden="true">
          Tab indents · <kbd>{TAB_FOCUS_KEY}</kbd> makes Tab move the focus (and back)
        </p>
      ) : null}
    </>
  );
}
