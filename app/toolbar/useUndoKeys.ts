import { useEffect } from 'react';
import { useAppStore } from '../store/context.tsx';

// Monaco binds these keys to the same store actions itself; fields keep their own undo.
const OWN_UNDO = '.monaco-editor, input, textarea, select, [contenteditable="true"]';

/** Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes, when focus is not in an editor. */
export function useUndoKeys() {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest(OWN_UNDO)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.getState().undo();
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) store.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
