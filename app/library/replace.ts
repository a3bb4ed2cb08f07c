import type { K8sVersion } from '../../src/validate/versions.ts';
import type { AppStore } from '../store/index.ts';

/**
 * Shows another design in this tab: its text and target version, a fresh undo history (undo must
 * not walk back into a different design) and its first workload's main container selected (the
 * old selection named things of the old design).
 */
export function showDesign(store: AppStore, text: string, k8s: K8sVersion): void {
  const s = store.getState();
  s.setText(text, 'api');
  s.setK8sVersion(k8s);
  store.setState({ past: [], future: [], typingAt: null, typingIn: null });
  store.getState().selectWorkload(null);
}

/** What became of the previous design when another one was opened in its place. */
export interface Opened {
  /** The name it is kept under in the library; `null` when there was nothing to keep. */
  kept: string | null;
  /** It was replaced in memory (there is no library): undo brings it back. */
  undoable: boolean;
}

/** What a notice adds after "Opened …": where the previous design is now. */
export function keptWords(opened: Opened): string {
  if (opened.kept !== null) return ` "${opened.kept}" is kept in Designs.`;
  return opened.undoable ? ' Undo brings back the previous design.' : '';
}

/** With no library to keep it in, the previous design is replaced as one undo step. */
export function replaceInMemory(store: AppStore, text: string, k8s: K8sVersion): Opened {
  store.getState().setText(text, 'api');
  store.getState().setK8sVersion(k8s);
  return { kept: null, undoable: true };
}
