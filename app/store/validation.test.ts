import { beforeAll, describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore } from './index.ts';
import { loadValidator } from './validator.ts';

const UNKNOWN_KIND = STARTER_YAML.replace('kind: Deployment', 'kind: Deploymnt');
const ids = (store: ReturnType<typeof createAppStore>) =>
  store.getState().diagnostics?.map((d) => d.ruleId);

describe('validation slice', () => {
  beforeAll(async () => {
    await loadValidator();
  });

  it('derives diagnostics with the text, YAML problems included, and again on undo and redo', () => {
    const store = createAppStore();
    expect(ids(store)).not.toContain('kind-unknown');
    store.getState().setText(UNKNOWN_KIND, 'api');
    const found = store.getState().diagnostics?.find((d) => d.ruleId === 'kind-unknown');
    expect(found).toMatchObject({ severity: 'error', line: 2, path: ['kind'] });
    store.getState().undo();
    expect(ids(store)).not.toContain('kind-unknown');
    store.getState().redo();
    expect(ids(store)).toContain('kind-unknown');
    store.getState().setText(`${UNKNOWN_KIND}  bad: [\n`, 'typing');
    expect(ids(store)).toContain('yaml-syntax');
  });

  it('with checkLater, checks typed text once asked to and everything else at once', () => {
    const checks: (() => void)[] = [];
    const store = createAppStore({ checkLater: (check) => checks.push(check) });
    const runChecks = () => checks.splice(0).forEach((check) => check());
    const before = store.getState().diagnostics;
    store.getState().setText(UNKNOWN_KIND, 'typing');
    // Drawn first: the text and the canvas have the keystroke, the diagnostics are as they were…
    expect(store.getState().text).toBe(UNKNOWN_KIND);
    expect(store.getState().diagnostics).toBe(before);
    runChecks(); // …until the check runs (the page: once the frame is drawn).
    expect(ids(store)).toContain('kind-unknown');
    // A check of a text typed over since is skipped: the newer text has its own.
    store.getState().setText(`${UNKNOWN_KIND}# one\n`, 'typing');
    store.getState().setText(STARTER_YAML, 'typing');
    const [stale, current] = checks.splice(0);
    stale!();
    expect(ids(store)).toContain('kind-unknown');
    current!();
    expect(ids(store)).not.toContain('kind-unknown');
    // A syntax error is shown at once, and edits that are not typing are checked at once.
    store.getState().setText(`${STARTER_YAML}  bad: [\n`, 'typing');
    expect(ids(store)).toContain('yaml-syntax');
    store.getState().setText(UNKNOWN_KIND, 'canvas');
    expect(ids(store)).toContain('kind-unknown');
    expect(checks).toEqual([]);
  });

  it('keeps the Kubernetes version beside the text, never in it', () => {
    const store = createAppStore();
    expect(store.getState().k8sVersion).toBe('1.34');
    const before = store.getState().diagnostics;
    store.getState().setK8sVersion('1.27');
    const s = store.getState();
    expect(s.k8sVersion).toBe('1.27');
    expect(s.text).toBe(STARTER_YAML);
    expect(s.past).toEqual([]);
    // The starter's findings are the same on 1.27 (kept as they were: nothing re-renders)…
    expect(s.diagnostics).toBe(before);
    // …but the text is validated for the version: a native sidecar is an error before 1.28.
    s.addContainer('native-sidecar');
    expect(ids(store)).toContain('sidecar-requires-1-29');
    store.getState().setK8sVersion('1.34');
    expect(ids(store)).not.toContain('sidecar-requires-1-29');
  });

  it('shows a diagnostic: the editor reveals its place, and the container it concerns is selected', () => {
    const store = createAppStore();
    store.getState().setText(STARTER_YAML.replace('name: nginx', 'name: Nginx_1'), 'api');
    const about = store.getState().diagnostics!.find((x) => x.ruleId === 'container-name-invalid')!;
    expect(about.path).toEqual(['spec', 'template', 'spec', 'containers', 0, 'name']);
    store.getState().showDiagnostic(about);
    const s = store.getState();
    expect(s.selectedContainer).toBe('Nginx_1');
    expect(s.inspectorTab).toBe('container');
    expect(s.reveal).toMatchObject({ line: about.line, column: about.column });
    const first = s.reveal!.id;
    store.getState().showDiagnostic(about);
    expect(store.getState().reveal!.id).toBeGreaterThan(first);
  });

  it('refuses a quick fix for a problem that is gone, and leaves the text alone', () => {
    const store = createAppStore();
    const stray = {
      ruleId: 'volume-mount-unknown-volume',
      severity: 'error' as const,
      message: 'spec.template.spec.containers[0].volumeMounts[0].name: Not found: "x"',
      path: ['spec', 'template', 'spec', 'containers', 0, 'volumeMounts', 0, 'name'],
      document: 0,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      fix: 'create-missing-volume' as const,
    };
    const result = store.getState().applyFix(stray);
    expect(result.ok).toBe(false);
    expect(store.getState().text).toBe(STARTER_YAML);
    expect(store.getState().notice?.tone).toBe('error');
  });

  it('applies a quick fix as one undo step, and the diagnostic goes', () => {
    const missing = STARTER_YAML.replace(
      '          image: nginx:1.27\n',
      '          image: nginx:1.27\n          volumeMounts:\n            - name: cache\n              mountPath: /var/cache/nginx\n',
    );
    const store = createAppStore({ text: missing });
    const d = store.getState().diagnostics!.find((x) => x.ruleId === 'volume-mount-unknown-volume');
    expect(d?.fix).toBe('create-missing-volume');
    expect(store.getState().applyFix(d!)).toEqual({ ok: true });
    const s = store.getState();
    expect(s.text).toContain('volumes:\n        - name: cache\n          emptyDir: {}');
    expect(s.diagnostics!.map((x) => x.ruleId)).not.toContain('volume-mount-unknown-volume');
    expect(s.notice?.message).toMatch(/^Fixed: add the missing volume/);
    store.getState().undo();
    expect(store.getState().text).toBe(missing);
  });
});
