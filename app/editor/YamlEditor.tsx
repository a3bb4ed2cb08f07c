import { Editor, type OnMount } from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/context.tsx';
import { bindEditor } from './binding.ts';
import { monaco } from './monacoSetup.ts';

/** Fixed model URI: monaco-yaml matches schemas against it (`**\/*.k8s.yaml`). */
export const MODEL_PATH = 'file:///podsmith/design.k8s.yaml';

const OPTIONS: Monaco.editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'YAML design text',
  automaticLayout: true,
  fixedOverflowWidgets: true,
  fontSize: 13,
  insertSpaces: true,
  minimap: { enabled: false },
  // Monaco dims the last line's number on Linux (2.6:1 contrast); a line number is a line number.
  renderFinalNewline: 'on',
  renderWhitespace: 'selection',
  scrollBeyondLastLine: false,
  tabSize: 2,
};

/** The Monaco editor, uncontrolled: it starts from the store text and syncs through the binding. */
export default function YamlEditor() {
  const store = useAppStore();
  const [initialText] = useState(() => store.getState().text);
  const unbind = useRef<(() => void) | null>(null);

  useEffect(
    () => () => {
      unbind.current?.();
      unbind.current = null;
    },
    [],
  );

  const onMount = useCallback<OnMount>(
    (editor) => {
      unbind.current?.();
      unbind.current = bindEditor(editor, monaco, store);
    },
    [store],
  );

  return (
    <Editor
      defaultValue={initialText}
      defaultLanguage="yaml"
      path={MODEL_PATH}
      theme="vs"
      options={OPTIONS}
      onMount={onMount}
      loading={<p className="editor-loading">Loading editor…</p>}
    />
  );
}
