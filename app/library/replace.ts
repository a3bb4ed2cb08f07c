import type { K8sVersion } from '../../src/validate/versions.ts';
import type { AppStore } from '../store/index.ts';

/**
 * Shows another design in this tab: its text and target version, a fresh undo history (undo must
 * not walk back into a different design) and no selection (it named things of the old one).
 */
export function showDesign(store: AppStore, text: string, k8s: K8sVersion): void {
  const s = store.getState();
  s.setText(text, 'api');
  s.setK8sVersion(k8s);
  store.setState({
    past: [],
    future: [],
    typingAt: null,
    workloadDocument: null,
    selectedContainer: null,
    selectedVolume: null,
  });
}
