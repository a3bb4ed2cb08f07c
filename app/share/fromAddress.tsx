import { createRoot } from 'react-dom/client';
import type { SharedDesign } from '../../src/share/link.ts';
import type { AppStore } from '../store/index.ts';
import { openShareLink, type LinkChoice, type LinkSession } from './openLink.ts';

/** Opens the link in the address (loaded on demand by links.ts, with the codec). */
export async function openFromAddress(
  hash: string,
  store: AppStore,
  session: LinkSession,
): Promise<void> {
  await openShareLink(hash, { store, session, ask: askAboutLink });
}

/** Shows the question in its own small React root: it may come before the app has rendered. */
async function askAboutLink(design: SharedDesign): Promise<LinkChoice> {
  const { LinkPrompt } = await import('./LinkPrompt.tsx');
  return new Promise((resolve) => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const choose = (choice: LinkChoice) => {
      root.unmount();
      host.remove();
      resolve(choice);
    };
    root.render(<LinkPrompt design={design} onChoose={choose} />);
  });
}
