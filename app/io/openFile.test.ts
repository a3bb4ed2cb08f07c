import { describe, expect, it, vi } from 'vitest';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore, type AppStore } from '../store/index.ts';
import type { Opened } from '../library/replace.ts';
import { baseName, contents, openFile, openFiles, readDesignFile } from './openFile.ts';

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx\n';
const FILE_TEXT = `\uFEFF${POD}---\nowner: team\n`.replace(/\n/g, '\r\n');

/** A session whose openAsNew shows the text (as the real one does) and answers `opened`. */
function fakeSession(store: AppStore, opened: Opened | null = { kept: 'mine', undoable: false }) {
  return {
    openAsNew: vi.fn((text: string) => {
      if (opened) store.getState().setText(text, 'api');
      return opened;
    }),
  };
}

describe('opening a file', () => {
  it('opens it as a new design named after the file, keeping the text exactly', () => {
    const store = createAppStore({ text: POD });
    const session = fakeSession(store);
    expect(openFile(store, { name: 'team-web.yml', text: FILE_TEXT }, session)).toBe(true);
    expect(session.openAsNew).toHaveBeenCalledWith(FILE_TEXT, '1.34', 'team-web');
    expect(store.getState().text).toBe(FILE_TEXT);
    expect(store.getState().notice?.message).toBe(
      'Opened "team-web.yml" as a new design: 2 documents, 1 of them not Kubernetes (listed as foreign objects). "mine" is kept in Designs.',
    );
  });

  it('changes nothing when the session could not keep the current design', () => {
    const store = createAppStore({ text: POD });
    expect(openFile(store, { name: 'a.yaml', text: FILE_TEXT }, fakeSession(store, null))).toBe(
      false,
    );
    expect(store.getState().text).toBe(POD);
  });

  it('without a library, replaces the design as one undo step', () => {
    const store = createAppStore({ text: POD });
    openFile(store, { name: 'a.yaml', text: FILE_TEXT }, null);
    expect(store.getState().text).toBe(FILE_TEXT);
    expect(store.getState().notice?.message).toMatch(/Undo brings back the previous design\.$/);
    store.getState().undo();
    expect(store.getState().text).toBe(POD);
  });

  it('says so when the file is the open design already', () => {
    const store = createAppStore({ text: POD });
    const session = fakeSession(store);
    expect(openFile(store, { name: 'web.yaml', text: POD }, session)).toBe(false);
    expect(session.openAsNew).not.toHaveBeenCalled();
    expect(store.getState().notice?.message).toBe('"web.yaml" is already the open design.');
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
    // Not Kubernetes YAML at all: what it is and what to do instead.
    const terraform =
      'resource "kubernetes_deployment" "web" {\n  metadata {\n    name = "web"\n  }\n}\n';
    expect(contents(terraform)).toMatch(
      /^\. This looks like Terraform \(HCL\) with kubernetes_deployment "web": /,
    );
    expect(baseName('web.YAML')).toBe('web');
    expect(baseName('notes.md')).toBe('notes.md');
  });
});
