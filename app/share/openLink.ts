import { defaultName, designKind } from '../../src/library/names.ts';
import { designView } from '../../src/pod/view.ts';
import { decodeShareFragment, ShareLinkError, type SharedDesign } from '../../src/share/link.ts';
import { parseDesign } from '../../src/yaml/parse.ts';
import { openDesign } from '../commands/open.ts';
import type { Session } from '../library/session.ts';
import type { AppStore } from '../store/index.ts';

/** What opening a link needs of the library session (app/library/session.ts). */
export type LinkSession = Pick<Session, 'openAsNew'>;

/** How the shared design is named in notices: `Deployment "web" for Kubernetes 1.29`. */
export function describeShared(design: SharedDesign): string {
  const view = designView(parseDesign(design.text));
  const kind = designKind(view);
  const name = defaultName(view);
  return `${kind ? `${kind} "${name}"` : `"${name}"`} for Kubernetes ${design.k8s}`;
}

export interface OpenLinkDeps {
  store: AppStore;
  /** `null` when there is no library: the link then replaces the design as one undo step. */
  session: LinkSession | null;
}

export type LinkOutcome = 'opened' | 'not-opened' | 'already-open' | 'broken';

/**
 * Opens a share link as a new design of the library: the open design stays saved as it is (an
 * unchanged stock design is simply replaced). A broken link is only reported: nothing changes.
 */
export async function openShareLink(link: string, deps: OpenLinkDeps): Promise<LinkOutcome> {
  const { store, session } = deps;
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
  return openDesign(store, {
    text: design.text,
    k8s: design.k8s,
    session,
    alreadyOpen: 'The shared design is the one already open.',
    opened: (kept) =>
      `Opened the shared design (${describeShared(design)}) as a new design.${kept}`,
  });
}
