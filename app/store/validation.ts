import { containerAt, volumeAt } from '../../src/validate/concerns.ts';
import type { Diagnostic } from '../../src/validate/types.ts';
import { DEFAULT_K8S_VERSION } from '../../src/validate/versions.ts';
import { formatPath } from '../../src/yaml/path.ts';
import { selectShownView, selectWorkload } from './selectors.ts';
import type { EditResult, Slice, ValidationSlice } from './types.ts';
import { deriveOrRead } from './derive.ts';
import { validator } from './validator.ts';

/** The same finding, by what does not move when other lines change. */
function same(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.ruleId === b.ruleId &&
    a.document === b.document &&
    a.fix === b.fix &&
    formatPath(a.path) === formatPath(b.path)
  );
}

export const createValidationSlice: Slice<ValidationSlice> = (set, get) => {
  let seq = 0;
  const refuse = (message: string): EditResult => {
    get().notify('error', message);
    return { ok: false, message };
  };
  return {
    k8sVersion: DEFAULT_K8S_VERSION,
    reveal: null,
    setK8sVersion: (version) => {
      if (version === get().k8sVersion) return;
      set({ k8sVersion: version });
      set(deriveOrRead(get().text, version, { get, set }));
    },
    revalidate: () => {
      const s = get();
      if (s.reading) return; // the background read validates with the validator it loads itself
      set(deriveOrRead(s.text, s.k8sVersion, { get, set }));
    },
    showDiagnostic: (d) => {
      const s = get();
      const pod = selectShownView(s).workloads.find((w) => w.document === d.document);
      if (pod && selectWorkload(s) !== pod) s.selectWorkload(d.document);
      const container = pod && containerAt(pod, d.path);
      const volume = pod && !container ? volumeAt(pod, d.path) : undefined;
      if (container) s.selectContainer(container.name);
      else if (volume) s.selectVolume(volume.name);
      const { line, column, endLine, endColumn } = d;
      set({ reveal: { id: ++seq, line, column, endLine, endColumn } });
    },
    applyFix: (d) => {
      const fix = d.fix;
      const v = validator();
      if (!fix || !v) return refuse('This problem has no quick fix.');
      get().flushEditor(); // the fix starts from what the user sees
      const current = get().diagnostics?.find((x) => same(x, d));
      if (!current) return refuse('That problem is gone: the design changed since it was found.');
      const result = get().applyDesignEdit((text) => v.applyFix(text, current));
      if (result.ok) get().notify('info', `Fixed: ${v.fixTitles[fix]}. Undo brings it back.`);
      return result;
    },
  };
};
