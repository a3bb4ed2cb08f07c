import { describe, expect, it, vi } from 'vitest';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore } from './index.ts';
import { READ_IN_BACKGROUND_FROM } from './reader.ts';
import { selectShownView } from './selectors.ts';
import { loadValidator } from './validator.ts';

/** A design past the background threshold: the starter's Deployment, then many ConfigMaps. */
function bigDesign(name: string): string {
  const pad = (i: number) =>
    `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  k: "${'x'.repeat(200)}"\n`;
  let text = STARTER_YAML.replace('name: web', `name: ${name}`);
  for (let i = 0; text.length < READ_IN_BACKGROUND_FROM + 1000; i++) text += pad(i);
  return text;
}

const names = (s: ReturnType<ReturnType<typeof createAppStore>['getState']>) =>
  selectShownView(s).workloads.map((w) => w.name);

// Parsing a few hundred kilobytes several times takes seconds on a busy machine.
describe('large designs are read in the background', { timeout: 30_000 }, () => {
  it('takes the text at once, keeps the previous canvas, refuses edits, then shows the new design', async () => {
    await loadValidator();
    const store = createAppStore();
    const before = names(store.getState());
    const text = bigDesign('big');
    store.getState().setText(text, 'api');
    let s = store.getState();
    expect(s.text).toBe(text);
    expect(s.reading).toBe(true);
    expect(names(s)).toEqual(before);
    expect(s.addContainer('sidecar')).toEqual({
      ok: false,
      message: 'Edit refused: the large design is still being read — try again in a moment.',
    });
    expect(store.getState().text).toBe(text);
    await vi.waitFor(() => expect(store.getState().reading).toBe(false));
    s = store.getState();
    expect(s.stale).toBe(false);
    expect(names(s)).toEqual(['big']);
    expect(s.documentCount).toBeGreaterThan(100);
    expect(s.diagnostics).not.toBeNull();
    expect(s.addContainer('sidecar').ok).toBe(true);
  });

  it('shows only the newest of texts sent one after another', async () => {
    const store = createAppStore();
    store.getState().setText(bigDesign('first'), 'api');
    store.getState().setText(bigDesign('second'), 'api');
    await vi.waitFor(() => expect(store.getState().reading).toBe(false));
    expect(names(store.getState())).toEqual(['second']);
    store.getState().undo();
    await vi.waitFor(() => expect(store.getState().reading).toBe(false));
    expect(names(store.getState())).toEqual(['first']);
  });

  it('reads a large first design (a restored autosave) once the store exists', async () => {
    const store = createAppStore({ text: bigDesign('restored') });
    expect(store.getState().reading).toBe(true);
    await vi.waitFor(() => expect(store.getState().reading).toBe(false));
    expect(names(store.getState())).toEqual(['restored']);
  });

  it('reports broken large text as errors once read, keeping the last good canvas', async () => {
    const store = createAppStore();
    store.getState().setText(`${bigDesign('x')}a: [\n`, 'api');
    await vi.waitFor(() => expect(store.getState().reading).toBe(false));
    const s = store.getState();
    expect(s.stale).toBe(true);
    expect(s.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(names(s)).toEqual(['web']);
  });
});
