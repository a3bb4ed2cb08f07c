import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';
import { StoreProvider, type Pace } from '../store/context.tsx';
import type { AppStore } from '../store/index.ts';

// Component tests (happy-dom): render with a store, unmount after each test. Importing this file
// registers the cleanup in the test file that imports it.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

/**
 * Renders `ui` inside `store`'s provider (with `pace`, if given) into a new element of the
 * document, and returns it.
 */
export function renderWithStore(store: AppStore, ui: ReactNode, pace?: Pace): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  act(() =>
    root!.render(
      <StoreProvider store={store} pace={pace}>
        {ui}
      </StoreProvider>,
    ),
  );
  return el;
}
