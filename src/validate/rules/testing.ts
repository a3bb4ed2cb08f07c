import { parseDesign } from '../../yaml/parse.ts';
import { validateDesign } from '../index.ts';
import type { Diagnostic } from '../types.ts';
import type { K8sVersion } from '../versions.ts';

/** The diagnostics of `ids` for a design, as `severity ruleId message` lines (tests only). */
export function lint(text: string, ids: readonly string[], k8s?: K8sVersion): string[] {
  return findings(text, ids, k8s).map((d) => `${d.severity} ${d.ruleId} ${d.message}`);
}

/** The diagnostics of `ids` for a design (tests only). */
export function findings(text: string, ids: readonly string[], k8s?: K8sVersion): Diagnostic[] {
  return validateDesign(parseDesign(text), { k8s }).filter((d) => ids.includes(d.ruleId));
}

/** A bare Pod around a pod spec written as YAML lines indented by two spaces. */
export function pod(spec: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}`;
}
