import type { K8sVersion } from '../../src/validate/versions.ts';
import { openAsNewDesign } from '../library/open.ts';
import { keptWords } from '../library/replace.ts';
import type { Session } from '../library/session.ts';
import type { AppStore } from '../store/index.ts';
import { withEditorFlushed } from './flush.ts';

/** A design to open in place of the current one (a template, a file, a share link). */
export interface OpenRequest {
  text: string;
  /** The version it targets; default: the one the open design targets. */
  k8s?: K8sVersion;
  /** Its name in the library (told apart from other designs' names). */
  name?: string;
  /** Said when it already is the open design (text and version), and nothing changes. */
  alreadyOpen: string;
  /** Said once it is open; `kept` says where the previous design is now. */
  opened: (kept: string) => string;
  /** The library session; `null`: no library, the text replaces the design as one undo step. */
  session?: Pick<Session, 'openAsNew'> | null;
}

export type OpenOutcome = 'opened' | 'not-opened' | 'already-open';

/**
 * Opens a design as a new design of the library (the open one stays saved as it is, text the
 * editor held back included) and says so. The one way templates, files and links replace what is
 * shown, so none of them can forget the editor's pending text.
 */
export function openDesign(store: AppStore, r: OpenRequest): OpenOutcome {
  return withEditorFlushed(store, (s) => {
    const k8s = r.k8s ?? s.k8sVersion;
    if (s.text === r.text && s.k8sVersion === k8s) {
      s.notify('info', r.alreadyOpen);
      return 'already-open';
    }
    const opened = openAsNewDesign(store, r.text, k8s, r.name, r.session);
    if (!opened) return 'not-opened';
    s.notify('info', r.opened(keptWords(opened)));
    return 'opened';
  });
}
