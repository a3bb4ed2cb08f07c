import { describe, expect, it, vi } from 'vitest';
import { encodeShareFragment } from '../../src/share/link.ts';
import { TEMPLATES } from '../../src/templates/gallery.ts';
import { createAppStore } from '../store/index.ts';
import { describeShared, openShareLink, type LinkChoice, type LinkSession } from './openLink.ts';

const MINE =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: mine # my edits\nspec:\n  containers:\n    - name: app\n      image: nginx\n';
const SHARED = '\uFEFFapiVersion: apps/v1\r\nkind: Deployment\r\nmetadata:\r\n  name: web\r\n';

function setup(pristine: boolean, choice: LinkChoice = 'cancel', kept = true) {
  const store = createAppStore({ text: MINE });
  store.getState().setK8sVersion('1.34');
  const session = {
    isPristine: vi.fn(() => pristine),
    keepBoth: vi.fn(() => kept),
  } satisfies LinkSession;
  const ask = vi.fn(async () => choice);
  return { store, session, ask };
}

async function link(text = SHARED, k8s = '1.29' as const) {
  return `http://127.0.0.1/#${await encodeShareFragment({ text, k8s })}`;
}

describe('opening a share link', () => {
  it('replaces an unchanged stock design at once, as one undo step, with its version', async () => {
    const deps = setup(true);
    expect(await openShareLink(await link(), deps)).toBe('replaced');
    expect(deps.ask).not.toHaveBeenCalled();
    const s = deps.store.getState();
    expect(s.text).toBe(SHARED);
    expect(s.k8sVersion).toBe('1.29');
    expect(s.notice?.message).toMatch(/Opened the shared design \(Kubernetes 1\.29\)/);
    s.undo();
    expect(deps.store.getState().text).toBe(MINE);
  });

  it('asks before replacing a design with changes, and Cancel leaves it as it was', async () => {
    const deps = setup(false, 'cancel');
    expect(await openShareLink(await link(), deps)).toBe('cancelled');
    expect(deps.ask).toHaveBeenCalledWith({ text: SHARED, k8s: '1.29' });
    const s = deps.store.getState();
    expect(s.text).toBe(MINE);
    expect(s.k8sVersion).toBe('1.34');
    expect(s.past).toEqual([]);
    expect(deps.session.keepBoth).not.toHaveBeenCalled();
  });

  it('replaces when asked to, and undo brings the design back', async () => {
    const deps = setup(false, 'replace');
    expect(await openShareLink(await link(), deps)).toBe('replaced');
    expect(deps.store.getState().text).toBe(SHARED);
    deps.store.getState().undo();
    expect(deps.store.getState().text).toBe(MINE);
  });

  it('keeps both through the session', async () => {
    const deps = setup(false, 'keep-both');
    expect(await openShareLink(await link(), deps)).toBe('kept-both');
    expect(deps.session.keepBoth).toHaveBeenCalledWith(SHARED, '1.29');
    expect(deps.store.getState().notice?.message).toMatch(/previous design is kept/);
  });

  it('reports keeping both as not done when the session could not save', async () => {
    const deps = setup(false, 'keep-both', false);
    expect(await openShareLink(await link(), deps)).toBe('cancelled');
    expect(deps.store.getState().text).toBe(MINE);
  });

  it('leaves the design untouched and says why for a broken link', async () => {
    for (const broken of ['#podsmith-v1.AAAA', (await link()).slice(0, -5), '#elsewhere']) {
      const deps = setup(true);
      expect(await openShareLink(broken, deps)).toBe('broken');
      const s = deps.store.getState();
      expect(s.text).toBe(MINE);
      expect(s.k8sVersion).toBe('1.34');
      expect(s.past).toEqual([]);
      expect(s.notice?.tone).toBe('error');
      expect(s.notice?.message).toMatch(
        /^The shared link did not open\. .+ Your design is unchanged\.$/,
      );
      expect(deps.ask).not.toHaveBeenCalled();
    }
  });

  it('does nothing but say so when the link holds the design already open', async () => {
    const deps = setup(false);
    expect(await openShareLink(await link(MINE, '1.34' as '1.29'), deps)).toBe('already-open');
    expect(deps.ask).not.toHaveBeenCalled();
    expect(deps.store.getState().past).toEqual([]);
  });

  it('names the shared design in the question', () => {
    expect(describeShared({ text: SHARED, k8s: '1.29' })).toBe(
      'Deployment "web" for Kubernetes 1.29',
    );
    expect(describeShared({ text: '', k8s: '1.30' })).toBe('"Untitled design" for Kubernetes 1.30');
    expect(describeShared({ text: TEMPLATES[0]!.yaml, k8s: '1.34' })).toMatch(
      /^\w+ ".+" for Kubernetes 1\.34$/,
    );
  });
});
