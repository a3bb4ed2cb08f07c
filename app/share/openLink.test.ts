import { describe, expect, it, vi } from 'vitest';
import { encodeShareFragment } from '../../src/share/link.ts';
import { TEMPLATES } from '../../src/templates/gallery.ts';
import type { Opened } from '../library/replace.ts';
import { createAppStore } from '../store/index.ts';
import { describeShared, openShareLink, type LinkSession } from './openLink.ts';

const MINE =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: mine # my edits\nspec:\n  containers:\n    - name: app\n      image: nginx\n';
const SHARED = '\uFEFFapiVersion: apps/v1\r\nkind: Deployment\r\nmetadata:\r\n  name: web\r\n';

/** A session whose openAsNew shows the text (as the real one does) and answers `opened`. */
function setup(opened: Opened | null = { kept: 'mine', undoable: false }) {
  const store = createAppStore({ text: MINE });
  store.getState().setK8sVersion('1.34');
  const session = {
    openAsNew: vi.fn((text: string, k8s: '1.29') => {
      if (opened) {
        store.getState().setText(text, 'api');
        store.getState().setK8sVersion(k8s);
      }
      return opened;
    }),
  } satisfies LinkSession;
  return { store, session };
}

async function link(text = SHARED, k8s = '1.29' as const) {
  return `http://127.0.0.1/#${await encodeShareFragment({ text, k8s })}`;
}

describe('opening a share link', () => {
  it('opens the shared design as a new design with its version, and says where yours is', async () => {
    const deps = setup();
    expect(await openShareLink(await link(), deps)).toBe('opened');
    expect(deps.session.openAsNew).toHaveBeenCalledWith(SHARED, '1.29', undefined);
    const s = deps.store.getState();
    expect(s.text).toBe(SHARED);
    expect(s.k8sVersion).toBe('1.29');
    expect(s.notice?.message).toBe(
      'Opened the shared design (Deployment "web" for Kubernetes 1.29) as a new design. "mine" is kept in Designs.',
    );
  });

  it('says nothing of a previous design when there was none to keep', async () => {
    const deps = setup({ kept: null, undoable: false });
    await openShareLink(await link(), deps);
    expect(deps.store.getState().notice?.message).toMatch(/as a new design\.$/);
  });

  it('changes nothing when the session could not keep the current design', async () => {
    const deps = setup(null);
    expect(await openShareLink(await link(), deps)).toBe('not-opened');
    expect(deps.store.getState().text).toBe(MINE);
  });

  it('without a library, replaces the design as one undo step, version included', async () => {
    const { store } = setup();
    expect(await openShareLink(await link(), { store, session: null })).toBe('opened');
    expect(store.getState()).toMatchObject({ text: SHARED, k8sVersion: '1.29' });
    expect(store.getState().notice?.message).toMatch(/Undo brings back the previous design\.$/);
    store.getState().undo();
    expect(store.getState().text).toBe(MINE);
  });

  it('leaves the design untouched and says why for a broken link', async () => {
    for (const broken of ['#podsmith-v1.AAAA', (await link()).slice(0, -5), '#elsewhere']) {
      const deps = setup();
      expect(await openShareLink(broken, deps)).toBe('broken');
      const s = deps.store.getState();
      expect(s.text).toBe(MINE);
      expect(s.k8sVersion).toBe('1.34');
      expect(s.past).toEqual([]);
      expect(s.notice?.tone).toBe('error');
      expect(s.notice?.message).toMatch(
        /^The shared link did not open\. .+ Your design is unchanged\.$/,
      );
      expect(deps.session.openAsNew).not.toHaveBeenCalled();
    }
  });

  it('does nothing but say so when the link holds the design already open', async () => {
    const deps = setup();
    expect(await openShareLink(await link(MINE, '1.34' as '1.29'), deps)).toBe('already-open');
    expect(deps.session.openAsNew).not.toHaveBeenCalled();
    expect(deps.store.getState().past).toEqual([]);
  });

  it('names the shared design', () => {
    expect(describeShared({ text: SHARED, k8s: '1.29' })).toBe(
      'Deployment "web" for Kubernetes 1.29',
    );
    expect(describeShared({ text: '', k8s: '1.30' })).toBe('"Untitled design" for Kubernetes 1.30');
    expect(describeShared({ text: TEMPLATES[0]!.yaml, k8s: '1.34' })).toMatch(
      /^\w+ ".+" for Kubernetes 1\.34$/,
    );
  });
});
