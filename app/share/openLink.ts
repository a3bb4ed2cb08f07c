import { defaultName, designKind } from '../../src/library/names.ts';
import { designView } from '../../src/pod/view.ts';
import { decodeShareFragment, ShareLinkError, type SharedDesign } from '../../src/share/link.ts';
import type { K8sVersion } from '../../src/validate/versions.ts';
import { parseDesign } from '../../src/yaml/parse.ts';
import type { AppStore } from '../store/index.ts';

/** What the person chose when a link would replace a design with changes. */
export type LinkChoice = 'keep-both' | 'replace' | 'cancel';

/** What opening a link needs of the library session (app/library/session.ts). */
export interface LinkSession {
  /** True when replacing the current design loses nothing. */
  isPristine(): boolean;
  /** Keeps the current design and opens `text` as a new one; false when that failed (noticed). */
  keepBoth(text: string, k8s: K8sVersion): boolean;
}

/** How the shared design is named in the question: `Deployment "web"`. */
export function describeShared(design: SharedDesign): string {
  const view = designView(parseDesign(design.text));
  const kind = designKind(view);
  const name = defaultName(view);
  return `${kind ? `${kind} "${name}"` : `"${name}"`} for Kubernetes ${design.k8s}`;
}

export interface OpenLinkDeps {
  store: AppStore;
  session: LinkSession;
  /** Asks whether to keep both, replace or cancel; only asked when the design has changes. */
  ask: (design: SharedDesign) => Promise<LinkChoice>;
}

export type LinkOutcome = 'replaced' | 'kept-both' | 'cancelled' | 'already-open' | 'broken';

/**
 * Opens a share link over the current design. A broken link is only reported: the design stays
 * as it was. An unchanged stock design is replaced directly; anything else is asked about first.
 */
export async function openShareLink(link: string, deps: OpenLinkDeps): Promise<LinkOutcome> {
  const { store, session, ask } = deps;
  let design: SharedDesign;
  try {
    design = await decodeShareFragment(link);
  } catch (error) {
    const why = error instanceof ShareLinkError ? error.message : 'The link could not be read.';
    store
      .getState()
      .notify('error', `The shared link did not open. ${why} Your design is unchanged.`);
    return 'broken';
  }
  store.getState().flushEditor();
  const s = store.getState();
  if (s.text === design.text && s.k8sVersion === design.k8s) {
    s.notify('info', 'The shared design is the one already open.');
    return 'already-open';
  }
  const choice = session.isPristine() ? 'replace' : await ask(design);
  if (choice === 'cancel') {
    store.getState().notify('info', 'The shared design was not opened. Your design is unchanged.');
    return 'cancelled';
  }
  if (choice === 'keep-both') {
    if (!session.keepBoth(design.text, design.k8s)) return 'cancelled';
    showFirstWorkload(store);
    store
      .getState()
      .notify(
        'info',
        'Opened the shared design as a new design. Your previous design is kept in the library.',
      );
    return 'kept-both';
  }
  replaceDesign(store, design);
  return 'replaced';
}

/** Replaces the text (one undo step) and the target version with the shared design's. */
export function replaceDesign(store: AppStore, design: SharedDesign): void {
  const s = store.getState();
  s.setText(design.text, 'api');
  s.setK8sVersion(design.k8s);
  s.selectContainer(null);
  s.selectVolume(null);
  showFirstWorkload(store);
  s.notify(
    'info',
    `Opened the shared design (Kubernetes ${design.k8s}). Undo brings back the previous design.`,
  );
}

function showFirstWorkload(store: AppStore): void {
  const first = store.getState().view.workloads[0];
  if (first) store.getState().selectWorkload(first.document);
}
