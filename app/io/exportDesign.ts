import { designFileName } from '../../src/io/filename.ts';
import { designToJsonList, type JsonListResult } from '../../src/io/list.ts';
import { currentText } from '../commands/flush.ts';
import type { AppState, AppStore } from '../store/index.ts';
import { copyText, downloadText } from './download.ts';

/** The view that names the design: the current one, or the last good one while the text has errors. */
const namingView = (s: AppState) => (s.stale ? s.lastGood : s.view);

export function yamlFileName(s: AppState): string {
  return designFileName(namingView(s), 'yaml');
}

export function jsonFileName(s: AppState): string {
  return designFileName(namingView(s), 'json');
}

/** Downloads the design exactly as the editor holds it, every document in one file. */
export function downloadYaml(store: AppStore): void {
  const text = currentText(store);
  const name = yamlFileName(store.getState());
  downloadText(name, text, 'application/yaml');
  store.getState().notify('info', `Downloaded ${name}.`);
}

/** Downloads the design as a JSON `List`; refused (with the reason) while the YAML has errors. */
export function downloadJson(
  store: AppStore,
  list: JsonListResult = designToJsonList(currentText(store)),
): void {
  const s = store.getState();
  if (!list.ok) {
    s.notify('error', list.message);
    return;
  }
  const name = jsonFileName(s);
  downloadText(name, list.json, 'application/json');
  s.notify(
    'info',
    `Downloaded ${name}: a List of ${list.items} ${list.items === 1 ? 'item' : 'items'}.`,
  );
}

/** Copies the design text to the clipboard and says whether it worked. */
export async function copyYaml(store: AppStore): Promise<boolean> {
  const text = currentText(store);
  const ok = await copyText(text);
  const lines = text === '' ? 0 : text.split(/\r\n|\r|\n/).length - (/[\r\n]$/.test(text) ? 1 : 0);
  store
    .getState()
    .notify(
      ok ? 'info' : 'error',
      ok
        ? `Copied the YAML to the clipboard (${lines} ${lines === 1 ? 'line' : 'lines'}).`
        : 'The browser did not allow copying. Select the text in the editor and press Ctrl+C (⌘C on a Mac).',
    );
  return ok;
}
