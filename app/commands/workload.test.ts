import { parseAllDocuments } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { addService as addServiceOp } from '../../src/edit/service.ts';
import { SIDECAR_PRESETS } from '../../src/templates/presets.ts';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore } from '../store/index.ts';
import { setHandler } from './handlers.ts';
import { openDesign } from './open.ts';
import { addPreset } from './presets.ts';
import { removeService, setDocumentField, setServiceType } from './services.ts';
import { changeKind, editPodLabel, matchSelector, renameWorkload } from './workload.ts';

const docs = (text: string) => parseAllDocuments(text).map((d) => d.toJS() as any);

describe('workload commands', () => {
  it('changes the kind and says from what to what', () => {
    const store = createAppStore();
    expect(changeKind(store, 'StatefulSet')).toEqual({ ok: true });
    expect(store.getState().text).toContain('kind: StatefulSet');
    expect(store.getState().notice?.message).toBe('Changed the Deployment to a StatefulSet.');
  });

  it('returns a refused rename to the field, without a notice', () => {
    const store = createAppStore({ text: `${STARTER_YAML}x: [\n` });
    expect(renameWorkload(store, 'api').ok).toBe(false);
    expect(store.getState().notice).toBeNull();
  });

  it('renames a pod label with the selector, and mends a selector that drifted', () => {
    const store = createAppStore();
    editPodLabel(store, {
      oldKey: 'app.kubernetes.io/name',
      key: 'app',
      value: 'web',
      followSelector: true,
    });
    const [deployment] = docs(store.getState().text);
    expect(deployment.spec.selector.matchLabels).toEqual({ app: 'web' });

    editPodLabel(store, { oldKey: 'app', key: 'app', value: 'api', followSelector: false });
    expect(matchSelector(store)).toEqual({ ok: true });
    expect(docs(store.getState().text)[0].spec.selector.matchLabels).toEqual({ app: 'api' });
    expect(store.getState().notice?.message).toBe('The selector now matches the pod labels.');
  });

  it('chooses and removes a probe handler', () => {
    const store = createAppStore();
    const target = {
      container: ['spec', 'template', 'spec', 'containers', 0],
      probe: 'readinessProbe',
    } as const;
    expect(setHandler(store, target, 'tcpSocket')).toEqual({ ok: true });
    expect(docs(store.getState().text)[0].spec.template.spec.containers[0].readinessProbe).toEqual(
      expect.objectContaining({ tcpSocket: expect.anything() }),
    );
    setHandler(store, target, null);
    expect(store.getState().text).toBe(STARTER_YAML);
  });
});

describe('service commands', () => {
  const WITH_SERVICE = addServiceOp(STARTER_YAML, { workload: 0, type: 'ClusterIP' });

  it('edit the Service document and refuse while the YAML is broken', () => {
    const store = createAppStore({ text: WITH_SERVICE });
    expect(setServiceType(store, 1, 'NodePort')).toEqual({ ok: true });
    expect(setDocumentField(store, 1, ['spec', 'ports', 0, 'port'], 8080, ['spec'])).toEqual({
      ok: true,
    });
    expect(docs(store.getState().text)[1].spec).toMatchObject({ type: 'NodePort' });
    expect(removeService(store, 1)).toEqual({ ok: true });
    expect(store.getState().text).toBe(STARTER_YAML);
    expect(store.getState().past).toHaveLength(3);

    store.getState().setText(`${WITH_SERVICE}x: [\n`, 'typing');
    expect(removeService(store, 1).ok).toBe(false);
    expect(store.getState().notice?.tone).toBe('error');
  });
});

describe('addPreset', () => {
  it('adds the preset, selects its container and says what it added', () => {
    const store = createAppStore();
    const preset = SIDECAR_PRESETS[0]!;
    const result = addPreset(store, {
      preset,
      role: 'sidecar',
      name: 'shipper',
      main: 'nginx',
      mainFields: false,
      shareProcesses: false,
    });
    expect(result).toEqual({ ok: true });
    expect(store.getState().selectedContainer).toBe('shipper');
    expect(store.getState().notice?.message).toBe(
      `Added ${preset.label.toLowerCase()} "shipper" as a classic sidecar. Undo removes it all.`,
    );
  });
});

describe('openDesign', () => {
  const POD =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\nspec:\n  containers:\n    - name: app\n      image: busybox\n';

  it('compares with the text the editor holds back before saying it is already open', () => {
    const store = createAppStore();
    let held: string | null = POD;
    store.getState().setEditorFlush(() => {
      if (held !== null) store.getState().setText(held, 'typing');
      held = null;
    });
    const session = { openAsNew: vi.fn() };
    const outcome = openDesign(store, {
      text: POD,
      session,
      alreadyOpen: 'Already open.',
      opened: () => 'Opened.',
    });
    expect(outcome).toBe('already-open');
    expect(session.openAsNew).not.toHaveBeenCalled();
    expect(store.getState().notice?.message).toBe('Already open.');
  });

  it('opens the design and says where the previous one is', () => {
    const store = createAppStore();
    const outcome = openDesign(store, {
      text: POD,
      session: null,
      alreadyOpen: 'Already open.',
      opened: (kept) => `Opened.${kept}`,
    });
    expect(outcome).toBe('opened');
    expect(store.getState().text).toBe(POD);
    expect(store.getState().notice?.message).toBe('Opened. Undo brings back the previous design.');
  });
});
