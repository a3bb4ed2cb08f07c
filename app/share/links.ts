import type { AppStore } from '../store/index.ts';
import type { LinkSession } from './openLink.ts';

/**
 * Opens share links: the one the page was loaded with, and any pasted into the address bar later
 * (`hashchange`). Links are handled one at a time, and each is removed from the address once
 * handled, so a reload does not open it again. Call after the session has restored
 * this tab's design. Everything else (the codec) loads only when a link is there.
 */
export function startLinkHandling(
  store: AppStore,
  session: LinkSession,
  win: Window = window,
): () => void {
  let queue = Promise.resolve();
  const handle = () => {
    const hash = win.location.hash;
    if (hash.length <= 1) return;
    queue = queue
      .then(() => import('./openLink.ts'))
      .then(async (m) => {
        await m.openShareLink(hash, { store, session });
      })
      .catch(() => {
        store
          .getState()
          .notify('error', 'The shared link could not be opened. Your design is unchanged.');
      })
      .finally(() => {
        if (win.location.hash !== hash) return;
        win.history.replaceState(
          win.history.state,
          '',
          win.location.pathname + win.location.search,
        );
      });
  };
  handle();
  win.addEventListener('hashchange', handle);
  return () => win.removeEventListener('hashchange', handle);
}
