import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installApi } from './api.ts';
import { afterNextFrame } from './common/afterFrame.ts';
import { afterCanvas } from './common/canvasFirst.ts';
import { App } from './App.tsx';
import { startSession } from './library/session.ts';
import { startLinkHandling } from './share/links.ts';
import { StoreProvider } from './store/context.tsx';
import { createAppStore } from './store/index.ts';
import { startValidation } from './store/validator.ts';
import './styles/base.css';
import './styles/chrome.css';
import './styles/canvas.css';
import './styles/cards.css';
import './styles/forms.css';
import './styles/pod.css';
import './styles/volumes.css';

// Typed text reaches the editor in the keystroke's frame; its check (and, for a form's typing, the
// rest of the page: StoreProvider's pace) right after.
const store = createAppStore({ checkLater: afterNextFrame });
installApi(store);
// Restores this tab's design (or starts one) and autosaves it; link handling runs after it.
const session = startSession(store);
// A share link in the address (now or pasted later) opens over the restored design.
startLinkHandling(store, session);
// The validator and its schema load once the canvas has drawn its first picture.
void afterCanvas(() => startValidation(store));

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs an element with id "root".');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store} pace={afterNextFrame}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
