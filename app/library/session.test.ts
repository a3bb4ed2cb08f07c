import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listDesigns, readDesign } from '../../src/library/library.ts';
import { CURRENT_KEY } from '../../src/library/record.ts';
import { TEMPLATES } from '../../src/templates/gallery.ts';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore, type AppStore } from '../store/index.ts';
import { manageLibrary } from './manage.ts';
import { SAVE_DELAY_MS, SAVE_MAX_WAIT_MS, startSession, type Session } from './session.ts';
import { FakeBrowser, type FakeTab } from './testing.ts';

const API = STARTER_YAML.replaceAll('web', 'api');
const JOB = TEMPLATES.find((t) => t.id === 'job-native-sidecar')!.yaml;

let browser: FakeBrowser;
const running: Session[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  browser = new FakeBrowser();
});
afterEach(() => {
  running.splice(0).forEach((s) => s.stop());
  vi.useRealTimers();
});

function open(tab: FakeTab = browser.tab()): { tab: FakeTab; store: AppStore; session: Session } {
  const store = createAppStore();
  const session = startSession(store, tab.env);
  running.push(session);
  return { tab, store, session };
}

/** Lets the autosave debounce run out, as a pause in typing does. */
function pause(ms = SAVE_DELAY_MS) {
  browser.now += ms;
  vi.advanceTimersByTime(ms);
}

const stored = (id: string) => readDesign(browser.local, id);

describe('a new tab', () => {
  it('starts from the starter and stores nothing until the design changes', () => {
    const { store, session } = open();
    expect(store.getState().text).toBe(STARTER_YAML);
    expect(session.isPristine()).toBe(true);
    pause(10_000);
    expect(browser.local.length).toBe(0);

    store.getState().setText(API, 'typing');
    pause();
    expect(stored(session.currentId())).toMatchObject({
      name: 'api',
      kind: 'Deployment',
      text: API,
      k8s: '1.34',
      updatedAt: browser.now,
    });
  });

  it('remembers its design id in its own sessionStorage only', () => {
    const { tab, session } = open();
    expect(tab.session.getItem(CURRENT_KEY)).toBe(session.currentId());
    expect(browser.local.getItem(CURRENT_KEY)).toBeNull();
  });

  it('ignores a hostile remembered id', () => {
    const tab = browser.tab();
    tab.session.setItem(CURRENT_KEY, '../../etc');
    const { store, session } = open(tab);
    expect(store.getState().text).toBe(STARTER_YAML);
    expect(session.currentId()).not.toBe('../../etc');
  });
});

describe('autosave and reload', () => {
  it('restores the text and the target version exactly, with a fresh history', () => {
    const text = '\uFEFF# kept\r\napiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: a  \r\n';
    const first = open();
    first.store.getState().setText(text, 'typing');
    first.store.getState().setK8sVersion('1.28');
    pause();
    first.session.stop();

    const again = open(browser.reload(first.tab));
    expect(again.store.getState().text).toBe(text);
    expect(again.store.getState().k8sVersion).toBe('1.28');
    expect(again.store.getState().past).toEqual([]);
    expect(again.session.currentId()).toBe(first.session.currentId());
  });

  it('saves a version change alone', () => {
    const { store, session } = open();
    store.getState().setText(API, 'api');
    pause();
    store.getState().setK8sVersion('1.30');
    pause();
    expect(stored(session.currentId())?.k8s).toBe('1.30');
  });

  it('writes a burst of changes once, after the pause', () => {
    const { store } = open();
    const writes = vi.fn();
    browser.local.onChange = writes;
    for (let i = 0; i < 5; i++) {
      store.getState().setText(`${API}# ${i}\n`, 'typing');
      pause(SAVE_DELAY_MS / 3);
    }
    expect(writes).not.toHaveBeenCalled();
    pause();
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it('still saves while changes never pause', () => {
    const { store, session } = open();
    for (let i = 0; i * 100 <= SAVE_MAX_WAIT_MS + 200; i++) {
      store.getState().setText(`${API}# ${i}\n`, 'typing');
      pause(100);
    }
    expect(stored(session.currentId())?.text).toMatch(/# \d+\n$/);
  });

  it('saves at once when the page is hidden, text the editor held back included', () => {
    const { tab, store, session } = open();
    let pending: string | null = `${API}# typed\n`;
    store.getState().setEditorFlush(() => {
      if (pending !== null) store.getState().setText(pending, 'typing');
      pending = null;
    });
    tab.hide();
    expect(stored(session.currentId())?.text).toBe(`${API}# typed\n`);
  });
});

describe('two tabs', () => {
  it('editing different designs never overwrite each other, and each reloads its own', () => {
    const a = open();
    const b = open();
    expect(a.session.currentId()).not.toBe(b.session.currentId());
    a.store.getState().setText(API, 'typing');
    b.store.getState().setText(JOB, 'typing');
    b.store.getState().setK8sVersion('1.29');
    pause();
    browser.deliver();
    a.store.getState().setText(`${API}# more\n`, 'typing');
    pause();
    browser.deliver();

    expect(a.store.getState().text).toBe(`${API}# more\n`);
    expect(b.store.getState().text).toBe(JOB);
    expect(listDesigns(browser.local).map((r) => r.text)).toEqual([`${API}# more\n`, JOB]);
    a.session.stop();
    b.session.stop();
    const b2 = open(browser.reload(b.tab));
    const a2 = open(browser.reload(a.tab));
    expect(a2.store.getState().text).toBe(`${API}# more\n`);
    expect(b2.store.getState().text).toBe(JOB);
    expect(b2.store.getState().k8sVersion).toBe('1.29');
  });

  it('on the same design follow the latest save', () => {
    const a = open();
    a.store.getState().setText(API, 'typing');
    pause();
    const b = open();
    expect(b.session.open(a.session.currentId())).toBe(true);
    b.store.getState().setText(`${API}# from b\n`, 'typing');
    b.store.getState().setK8sVersion('1.31');
    pause();
    browser.deliver();
    expect(a.store.getState().text).toBe(`${API}# from b\n`);
    expect(a.store.getState().k8sVersion).toBe('1.31');
    // Following is not a change of a's own: nothing is written back.
    const writes = vi.fn();
    browser.local.onChange = writes;
    pause();
    expect(writes).not.toHaveBeenCalled();
    // Undo in a brings back what a had.
    a.store.getState().undo();
    expect(a.store.getState().text).toBe(API);
  });

  it('keeps a change not saved yet over another tab’s older save', () => {
    const a = open();
    a.store.getState().setText(API, 'typing');
    pause();
    const b = open();
    b.session.open(a.session.currentId());
    b.store.getState().setText(`${API}# b\n`, 'typing');
    pause();
    a.store.getState().setText(`${API}# a\n`, 'typing');
    browser.deliver();
    expect(a.store.getState().text).toBe(`${API}# a\n`);
    pause();
    expect(stored(a.session.currentId())?.text).toBe(`${API}# a\n`);
  });

  it('tell a tab its design was deleted elsewhere; its next change saves it again', () => {
    const a = open();
    a.store.getState().setText(API, 'typing');
    pause();
    const b = open();
    manageLibrary(b.session).remove(a.session.currentId());
    browser.deliver();
    expect(a.store.getState().text).toBe(API);
    expect(a.store.getState().notice?.message).toMatch(/deleted in another tab/);
    a.store.getState().setK8sVersion('1.33');
    pause();
    expect(stored(a.session.currentId())).toMatchObject({ text: API, k8s: '1.33' });
  });

  it('refresh the library when another tab saves', () => {
    const a = open();
    const b = open();
    const changed = vi.fn();
    a.session.subscribe(changed);
    b.store.getState().setText(JOB, 'typing');
    pause();
    expect(changed).not.toHaveBeenCalled();
    browser.deliver();
    expect(changed).toHaveBeenCalled();
    expect(
      manageLibrary(a.session)
        .list()
        .map((r) => r.name),
    ).toEqual(['myjob']);
  });
});

describe('opening a text as a new design', () => {
  it('keeps the current design saved untouched and switches to a new one, history cleared', () => {
    const { tab, store, session } = open();
    store.getState().setText(API, 'typing');
    const first = session.currentId();
    expect(session.openAsNew(JOB, '1.29')).toEqual({ kept: 'api', undoable: false });

    expect(session.currentId()).not.toBe(first);
    expect(tab.session.getItem(CURRENT_KEY)).toBe(session.currentId());
    expect(store.getState()).toMatchObject({ text: JOB, k8sVersion: '1.29', past: [], future: [] });
    expect(stored(first)).toMatchObject({ text: API, k8s: '1.34' });
    expect(stored(session.currentId())).toMatchObject({ text: JOB, k8s: '1.29', kind: 'Job' });
    // Edits go to the new design only.
    store.getState().setText(`${JOB}# x\n`, 'typing');
    pause();
    expect(stored(first)?.text).toBe(API);
  });

  it('replaces an unchanged stock design in place: there is nothing to keep', () => {
    const { store, session } = open();
    const id = session.currentId();
    expect(session.openAsNew(JOB, '1.34')).toEqual({ kept: null, undoable: false });
    expect(session.currentId()).toBe(id);
    expect(session.openAsNew(API, '1.34')).toEqual({ kept: null, undoable: false });
    expect(store.getState().text).toBe(API);
    expect(listDesigns(browser.local).map((r) => r.text)).toEqual([API]);
  });

  it('names the new design as asked, told apart from the names other designs have', () => {
    const { session } = open();
    session.openAsNew(API, '1.34', 'team web');
    session.openAsNew(`${API}# 2\n`, '1.34', 'team web');
    expect(stored(session.currentId())).toMatchObject({ name: 'team web (2)', named: true });
  });

  it('refuses, and keeps the design open, when the current one cannot be saved', () => {
    const { store, session } = open();
    store.getState().setText(API, 'typing');
    browser.local.failWith = new DOMException('full', 'QuotaExceededError');
    const id = session.currentId();
    expect(session.openAsNew(JOB, '1.29')).toBeNull();
    expect(session.currentId()).toBe(id);
    expect(store.getState().text).toBe(API);
    expect(store.getState().notice).toMatchObject({ tone: 'error' });
  });

  it('with storage turned off, replaces the design as one undo step', () => {
    browser.localThrows = new DOMException('denied', 'SecurityError');
    const { store, session } = open();
    store.getState().setText(API, 'typing');
    expect(session.openAsNew(JOB, '1.29')).toEqual({ kept: null, undoable: true });
    expect(store.getState()).toMatchObject({ text: JOB, k8sVersion: '1.29' });
    store.getState().undo();
    expect(store.getState().text).toBe(API);
  });
});

describe('automatic names', () => {
  it('tell apart designs whose workloads have the same name, and stay put', () => {
    const { store, session } = open();
    store.getState().setText(API, 'typing');
    pause();
    const first = session.currentId();
    session.openAsNew(`${API}# another\n`, '1.34');
    pause();
    expect(stored(session.currentId())?.name).toBe('api (2)');
    expect(stored(first)?.name).toBe('api');
    // Later saves keep the name; a rename of the workload gives the new name.
    store.getState().setText(`${API}# edited\n`, 'typing');
    pause();
    expect(stored(session.currentId())?.name).toBe('api (2)');
    store.getState().setText(JOB, 'typing');
    pause();
    expect(stored(session.currentId())?.name).toBe('myjob');
  });
});

describe('isPristine', () => {
  it('is true for a stock template unchanged or an empty text, false after any edit', () => {
    const { store, session } = open();
    store.getState().setText(`${STARTER_YAML}#\n`, 'typing');
    expect(session.isPristine()).toBe(false);
    for (const t of TEMPLATES) {
      store.getState().setText(t.yaml, 'api');
      expect(session.isPristine(), t.id).toBe(true);
    }
    store.getState().setText('  \n', 'api');
    expect(session.isPristine()).toBe(true);
  });

  it('sees text the editor still holds back', () => {
    const { store, session } = open();
    store.getState().setEditorFlush(() => store.getState().setText(`${STARTER_YAML}#`, 'typing'));
    expect(session.isPristine()).toBe(false);
  });
});

describe('the library', () => {
  function withThree() {
    const tab = open();
    tab.store.getState().setText(API, 'typing');
    pause();
    const api = tab.session.currentId();
    tab.session.openAsNew(JOB, '1.30');
    pause();
    return { ...tab, api, job: tab.session.currentId(), library: manageLibrary(tab.session) };
  }

  it('opens a saved design, saving the current one first', () => {
    const { store, session, api, job } = withThree();
    store.getState().setText(`${JOB}# edited\n`, 'typing');
    expect(session.open(api)).toBe(true);
    expect(store.getState()).toMatchObject({ text: API, k8sVersion: '1.34', past: [] });
    expect(stored(job)?.text).toBe(`${JOB}# edited\n`);
    const changed = vi.fn();
    session.subscribe(changed);
    session.open(job);
    expect(changed).toHaveBeenCalled();
    expect(session.open('missing')).toBe(false);
    session.open(api);
    expect(store.getState().text).toBe(API);
  });

  it('renames; the name then stops following the workload', () => {
    const { store, library, api, job } = withThree();
    expect(library.rename(api, '  ').ok).toBe(false);
    expect(library.rename(api, ' the   api ')).toEqual({ ok: true });
    expect(stored(api)?.name).toBe('the api');
    expect(library.rename(job, 'the api')).toEqual({
      ok: false,
      message: 'Another design is called "the api": choose another name.',
    });
    expect(library.rename(job, 'reports')).toEqual({ ok: true });
    store.getState().setText(JOB.replace('myjob', 'nightly'), 'typing');
    pause();
    expect(stored(job)?.name).toBe('reports');
  });

  it('duplicates as "name (2)", then "name (3)"', () => {
    const { library, api } = withThree();
    const copy = library.duplicate(api)!;
    expect(copy).toMatchObject({ name: 'api (2)', text: API });
    expect(library.duplicate(copy.id)?.name).toBe('api (3)');
    expect(library.list().map((r) => r.name)).toEqual(
      expect.arrayContaining(['api', 'api (2)', 'api (3)', 'myjob']),
    );
  });

  it('deletes a design and undoes it', () => {
    const { library, api } = withThree();
    const deleted = library.remove(api)!;
    expect(stored(api)).toBeNull();
    expect(library.restore(deleted)).toBe(true);
    expect(stored(api)?.text).toBe(API);
  });

  it('deleting the open design shows a new one; undo brings back exactly what was open', () => {
    const { store, session, library, job } = withThree();
    store.getState().setText(`${JOB}# unsaved\n`, 'typing');
    const deleted = library.remove(job)!;
    expect(deleted.wasOpen).toBe(true);
    expect(session.currentId()).not.toBe(job);
    expect(store.getState().text).toBe(STARTER_YAML);
    pause();
    expect(stored(job)).toBeNull();
    library.restore(deleted);
    expect(session.currentId()).toBe(job);
    expect(store.getState().text).toBe(`${JOB}# unsaved\n`);
  });

  it('starts a new design, keeping the current one', () => {
    const { store, session, job } = withThree();
    expect(session.newDesign()).toBe(true);
    expect(store.getState().text).toBe(STARTER_YAML);
    expect(session.currentId()).not.toBe(job);
    expect(stored(job)?.text).toBe(JOB);
  });
});

describe('storage failures', () => {
  it('say so once, keep the design in memory, and recover', () => {
    const { store, session } = open();
    browser.local.failWith = new DOMException('full', 'QuotaExceededError');
    store.getState().setText(API, 'typing');
    pause();
    expect(store.getState().notice).toMatchObject({ tone: 'error' });
    expect(store.getState().notice?.message).toMatch(/full/);
    expect(session.problem()).toBe('full');
    const first = store.getState().notice?.id;
    store.getState().setText(`${API}#\n`, 'typing');
    pause();
    expect(store.getState().notice?.id).toBe(first);
    expect(store.getState().text).toBe(`${API}#\n`);

    browser.local.failWith = null;
    store.getState().setText(`${API}#2\n`, 'typing');
    pause();
    expect(session.problem()).toBeNull();
    expect(store.getState().notice).toMatchObject({ tone: 'info' });
    expect(stored(session.currentId())?.text).toBe(`${API}#2\n`);
  });

  it('with storage disabled, the app still starts and edits in memory', () => {
    browser.localThrows = new DOMException('denied', 'SecurityError');
    const { store, session } = open();
    expect(store.getState().text).toBe(STARTER_YAML);
    expect(store.getState().notice?.message).toMatch(/does not allow/);
    store.getState().setText(API, 'typing');
    pause();
    expect(store.getState().text).toBe(API);
    expect(manageLibrary(session).list()).toEqual([]);
    expect(session.problem()).toBe('off');
  });
});
