import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { lintWorkload } from '../../scripts/lint-workload.mjs';
import { createAppStore, type AppStore } from '../store/index.ts';
import { READ_IN_BACKGROUND_FROM } from '../store/reader.ts';
import { setField } from './fields.ts';
import { renameWorkload } from './workload.ts';

// A large design is read in the background (app/store/reader.ts). An edit of the shown workload
// then runs on its document alone: the main thread parses one document, not the whole text, and
// the canvas shows the edit at once (issue 15).

const TEXT = lintWorkload(120); // ConfigMap, Deployment, Service per app: 40 apps
const IMAGE = ['spec', 'template', 'spec', 'containers', 0, 'image'];

/** Resolves once the store is not reading, nor re-reading after an edit. */
function settled(store: AppStore): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const s = store.getState();
      if (!s.reading && s.diagnostics !== null && s.documentStarts !== null) {
        stop();
        resolve();
      }
    };
    const stop = store.subscribe(check);
    setTimeout(check, 0);
  });
}

async function readStore(): Promise<AppStore> {
  expect(TEXT.length).toBeGreaterThan(READ_IN_BACKGROUND_FROM);
  const store = createAppStore({ text: TEXT });
  await settled(store);
  return store;
}

// Reading 120 documents in the test's own thread takes a second or two, more on a loaded machine.
describe('an edit of a large design', { timeout: 20_000 }, () => {
  it('changes only its document, and the canvas shows it before the design is read again', async () => {
    const store = await readStore();
    const before = store.getState();
    expect(setField(store, IMAGE, 'nginx:1.29')).toEqual({ ok: true });
    const after = store.getState();
    // Shown at once: nothing to read first.
    expect(after.reading).toBe(false);
    expect(after.stale).toBe(false);
    expect(after.view.workloads[0]?.containers.find((c) => c.index === 0)?.image).toBe(
      'nginx:1.29',
    );
    // The text differs in that line only; every other document is the same object as before.
    expect(after.text.split('\n').filter((l, i) => l !== TEXT.split('\n')[i])).toEqual([
      '          image: nginx:1.29',
    ]);
    expect(after.view.workloads.slice(1)).toEqual(before.view.workloads.slice(1));
    expect(after.view.workloads[1]).toBe(before.view.workloads[1]);
    expect(after.values[0]).toBe(before.values[0]);
    // The whole text, read again in the background, agrees with what was shown.
    await settled(store);
    const read = store.getState();
    expect(read.text).toBe(after.text);
    expect(read.values).toEqual(parseAllDocuments(after.text).map((d) => d.toJS()));
    expect(read.view).toEqual(after.view);
    expect(read.documentStarts).toEqual(after.documentStarts);
  });

  it('one undo takes it back', async () => {
    const store = await readStore();
    setField(store, IMAGE, 'nginx:1.29');
    store.getState().undo();
    expect(store.getState().text).toBe(TEXT);
  });

  it('a rename that carries Services along still edits the whole text', async () => {
    const store = await readStore();
    const first = parseAllDocuments(TEXT)[1]!.toJS() as { metadata: { name: string } };
    expect(renameWorkload(store, 'renamed')).toEqual({ ok: true });
    const service = parseAllDocuments(store.getState().text)[2]!.toJS() as {
      spec: { selector: Record<string, string> };
    };
    expect(first.metadata.name).not.toBe('renamed');
    expect(Object.values(service.spec.selector)).toContain('renamed');
  });
});
