import type { AppStore } from '../store/index.ts';

/**
 * Opens files with the reading and checking code loaded on first use: the toolbar button and the
 * drop target are on every page, opening a file is rare (the first visit's JavaScript budget).
 */
export function openFilesLater(store: AppStore, files: readonly File[]): void {
  if (files.length === 0) return;
  import('./openFile.ts')
    .then((m) => m.openFiles(store, files))
    .catch((error: unknown) => {
      console.error(error);
      store.getState().notify('error', 'Opening the file failed: reload the page and try again.');
    });
}
