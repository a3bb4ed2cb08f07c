import { useEffect } from 'react';
import { useAppStore } from '../store/context.tsx';

/** Input types whose typing the browser itself can undo. */
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

/**
 * True where Ctrl/Cmd+Z belongs to the focused element: Monaco binds it to the same store undo
 * itself (the editor shows the design: one history), and a text field undoes its own typing until
 * it is committed. Checkboxes, selects and buttons have no undo of their own: there the keys undo
 * the design.
 */
function ownsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.monaco-editor')) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes, unless the focused element owns them. */
export function useUndoKeys() {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
      if (ownsUndo(e.target)) return;
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
