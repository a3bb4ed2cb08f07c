import { describe, expect, it } from 'vitest';
import { EditError } from '../../src/edit/errors.ts';
import { addService, setServiceType } from '../../src/edit/service.ts';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore } from './index.ts';

describe('applyDesignEdit', () => {
  it('edits another document of the design as one undo step', () => {
    const store = createAppStore({
      text: addService(STARTER_YAML, { workload: 0, type: 'ClusterIP' }),
    });
    const before = store.getState().text;
    const result = store
      .getState()
      .applyDesignEdit((text) => setServiceType(text, { service: 1, type: 'NodePort' }));
    expect(result).toEqual({ ok: true });
    expect(store.getState().text).toContain('type: NodePort');
    store.getState().undo();
    expect(store.getState().text).toBe(before);
  });

  it('returns an EditError as a refusal, noticed unless quiet', () => {
    const store = createAppStore();
    const refuse = () => {
      throw new EditError('No.');
    };
    expect(store.getState().applyDesignEdit(refuse, { quiet: true })).toEqual({
      ok: false,
      message: 'No.',
    });
    expect(store.getState().notice).toBeNull();
    store.getState().applyDesignEdit(refuse);
    expect(store.getState().notice?.message).toBe('No.');
    expect(store.getState().text).toBe(STARTER_YAML);
  });

  it('refuses while the YAML has a syntax error, keeping the text', () => {
    const broken = STARTER_YAML + 'x: [\n';
    const store = createAppStore({ text: broken });
    const result = store.getState().applyDesignEdit((t) => t + '# more\n');
    expect(result.ok).toBe(false);
    expect(store.getState().text).toBe(broken);
  });
});
