import { describe, expect, it, vi } from 'vitest';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import type { Session } from '../library/session.ts';
import { createAppStore } from '../store/index.ts';
import {
  baseName,
  contents,
  offerFile,
  openFileAsNew,
  openFiles,
  readDesignFile,
} from './openFile.ts';
import { getPendingFile, setPendingFile } from './pending.ts';

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx\n';
const FILE_TEXT = `\uFEFF${POD}---\nowner: team\n`.replace(/\n/g, '\r\n');

function fakeSession(pristine: boolean, store = createAppStore()): Session & { renamed: string[] } {
  const renamed: string[] = [];
  return {
    renamed,
    currentId: () => 'new-id',
    isPristine: () => pristine,
    keepBoth: vi.fn((text: string) => {
      store.getState().setText(text, 'api');
      return true;
    }),
    nameOpenDesign: (name: string) => {
      renamed.push(name);
      return true;
    },
  } as unknown as Session & { renamed: string[] };
}

describe('opening a file', () => {
  it('replaces a pristine design at once, as one undo step, keeping the text exactly', () => {
    const store = createAppStore();
    offerFile(store, { name: 'web.yaml', text: FILE_TEXT }, fakeSession(true));
    expect(store.getState().text).toBe(FILE_TEXT);
    expect(store.getState().past).toEqual([STARTER_YAML]);
    expect(store.getState().notice?.message).toBe(
      'Opened "web.yaml": 2 documents, 1 of them not Kubernetes (listed as foreign objects). Undo brings back the previous design.',
    );
    store.getState().undo();
    expect(store.getState().text).toBe(STARTER_YAML);
  });

  it('asks before replacing a changed design, and changes nothing until answered', () => {
    const store = createAppStore({ text: POD });
    offerFile(store, { name: 'web.yaml', text: FILE_TEXT }, fakeSession(false));
    expect(getPendingFile()).toEqual({ name: 'web.yaml', text: FILE_TEXT });
    expect(store.getState().text).toBe(POD);
    setPendingFile(null);
  });

  it('without a session, only an empty or stock design counts as pristine', () => {
    const changed = createAppStore({ text: POD });
    offerFile(changed, { name: 'a.yaml', text: FILE_TEXT }, null);
    expect(getPendingFile()?.name).toBe('a.yaml');
    setPendingFile(null);
    const empty = createAppStore({ text: '  \n' });
    offerFile(empty, { name: 'a.yaml', text: FILE_TEXT }, null);
    expect(empty.getState().text).toBe(FILE_TEXT);
  });

  it('says so when the file is the open design already', () => {
    const store = createAppStore({ text: POD });
    offerFile(store, { name: 'web.yaml', text: POD }, fakeSession(false));
    expect(getPendingFile()).toBeNull();
    expect(store.getState().notice?.message).toBe('"web.yaml" is already the open design.');
  });

  it('keeps both: a new library design named after the file', () => {
    const store = createAppStore({ text: POD });
    const session = fakeSession(false, store);
    expect(openFileAsNew(store, { name: 'team-web.yml', text: FILE_TEXT }, session)).toBe(true);
    expect(session.keepBoth).toHaveBeenCalledWith(FILE_TEXT, store.getState().k8sVersion);
    expect(session.renamed).toEqual(['team-web']);
    expect(store.getState().text).toBe(FILE_TEXT);
  });

  it('reads files exactly and refuses what is not a design file', async () => {
    const bytes = new TextEncoder().encode(FILE_TEXT);
    expect(await readDesignFile(new File([bytes], 'web.yaml'))).toEqual({
      ok: true,
      text: FILE_TEXT,
    });
    expect(
      await readDesignFile(new File([new Uint8Array([0x89, 0x50, 0, 1])], 'x.png')),
    ).toMatchObject({
      ok: false,
    });
    const store = createAppStore();
    await openFiles(store, [new File(['a: 1'], 'a.yaml'), new File(['b: 1'], 'b.yaml')]);
    expect(store.getState().notice?.message).toBe(
      'Open one file at a time (2 were given). Nothing was changed.',
    );
    expect(store.getState().text).toBe(STARTER_YAML);
  });

  it('describes what a file holds', () => {
    expect(contents(POD)).toBe(': 1 document');
    expect(contents(`${POD}---\napiVersion: v1\nkind: Service\n`)).toBe(': 2 documents');
    expect(contents('a: [\n')).toBe(': 1 document; the YAML has errors, which the editor marks');
    // Past a limit: said at once, without parsing.
    const many = Array.from({ length: 1001 }, () => 'a: 1\n').join('---\n');
    expect(contents(many)).toMatch(/^, but Podsmith does not read it: [a-z].*1,000/);
    // Large: read in the background, not here (that would freeze the page).
    const large = `${POD}# ${'x'.repeat(300_000)}\n`;
    expect(contents(large)).toBe(': 0.3 MB, read in the background');
    expect(baseName('web.YAML')).toBe('web');
    expect(baseName('notes.md')).toBe('notes.md');
  });
});
