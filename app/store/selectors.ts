import type { ContainerView, DesignView, PodView } from '../../src/pod/types.ts';
import type { Diagnostic } from '../../src/validate/types.ts';
import type { K8sVersion } from '../../src/validate/versions.ts';
import type { YamlProblem } from '../../src/yaml/parse.ts';
import type { AppState } from './types.ts';

// Named, narrow selectors: components never subscribe to the whole store (DESIGN.md §3).
// Each returns a value kept in the state, so plain equality holds between renders.

export const selectText = (s: AppState): string => s.text;
export const selectStale = (s: AppState): boolean => s.stale;
export const selectReading = (s: AppState): boolean => s.reading;
/** What the text is, when it is not Kubernetes YAML at all (Terraform, Helm values, …). */
export const selectForeign = (s: AppState) =>
  s.diagnostics?.find((d) => d.ruleId === 'text-format' && d.severity === 'error');
export const selectProblems = (s: AppState): YamlProblem[] => s.problems;
export const selectNotice = (s: AppState) => s.notice;
export const selectCanUndo = (s: AppState): boolean => s.past.length > 0;
export const selectCanRedo = (s: AppState): boolean => s.future.length > 0;
export const selectEditorReady = (s: AppState): boolean => s.editorReady;
export const selectSelectedContainer = (s: AppState): string | null => s.selectedContainer;
export const selectDiagnostics = (s: AppState): Diagnostic[] | null => s.diagnostics;
export const selectK8sVersion = (s: AppState): K8sVersion => s.k8sVersion;

/** The view the canvas shows: the current one, or the last good one while the text has errors. */
export const selectShownView = (s: AppState): DesignView => (s.stale ? s.lastGood : s.view);
export const selectWorkloads = (s: AppState): PodView[] => selectShownView(s).workloads;
/** The document values behind the shown view: the last good ones while the text has errors. */
export const selectShownValues = (s: AppState): readonly unknown[] =>
  s.stale ? s.lastGoodValues : s.values;
export const selectObjects = (s: AppState) => selectShownView(s).objects;

/** The workload the canvas shows: the chosen one, else the first. */
export function selectWorkload(s: AppState): PodView | undefined {
  const workloads = selectWorkloads(s);
  return workloads.find((w) => w.document === s.workloadDocument) ?? workloads[0];
}

/** The first error of the text, which the stale banner and refusals point at. */
export function selectFirstError(s: AppState): YamlProblem | undefined {
  return s.problems.find((p) => p.severity === 'error');
}

/** The selected container of the shown workload, if it still exists. */
export function selectSelected(s: AppState): ContainerView | undefined {
  const name = s.selectedContainer;
  return name === null ? undefined : selectWorkload(s)?.containers.find((c) => c.name === name);
}
