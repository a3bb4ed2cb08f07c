import type { K8sVersion } from '../../src/validate/versions.ts';
import { withEditorFlushed } from '../commands/flush.ts';
import type { AppStore } from '../store/index.ts';
import { replaceInMemory, type Opened } from './replace.ts';
import { currentSession, type Session } from './session.ts';

/**
 * Opens `text` as a new design of the library (Session.openAsNew: the current design stays saved
 * as it is) and shows its first workload. Without a session there is no library: the text
 * replaces the design as one undo step. `null` when nothing was opened (a notice says why).
 */
export function openAsNewDesign(
  store: AppStore,
  text: string,
  k8s: K8sVersion,
  name?: string,
  session: Pick<Session, 'openAsNew'> | null = currentSession(),
): Opened | null {
  const opened = withEditorFlushed(store, () =>
    session ? session.openAsNew(text, k8s, name) : replaceInMemory(store, text, k8s),
  );
  if (opened) store.getState().selectWorkload(null);
  return opened;
}
