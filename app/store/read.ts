import type { DesignView } from '../../src/pod/types.ts';
import { designView } from '../../src/pod/view.ts';
import { validateDesign } from '../../src/validate/index.ts';
import type { Diagnostic } from '../../src/validate/types.ts';
import type { K8sVersion } from '../../src/validate/versions.ts';
import { documentStarts } from '../../src/yaml/document-starts.ts';
import { parseDesign, parsedOk, type YamlProblem } from '../../src/yaml/parse.ts';

/** Everything the UI reads about a text, as plain data (it crosses from a worker). */
export interface Reading {
  text: string;
  k8s: K8sVersion;
  values: unknown[];
  documentCount: number;
  view: DesignView;
  ok: boolean;
  problems: YamlProblem[];
  /** `null` when a rule threw: the design shows no diagnostics rather than wrong ones. */
  diagnostics: Diagnostic[] | null;
  /** Where each document starts (src/yaml/document-starts.ts), or `null`. */
  documentStarts: number[] | null;
}

/** Parses, views and validates a text: what the reading worker does with a large design. */
export function readDesign(text: string, k8s: K8sVersion): Reading {
  const parsed = parseDesign(text);
  let diagnostics: Diagnostic[] | null = null;
  try {
    diagnostics = validateDesign(parsed, { k8s });
  } catch (err) {
    console.error('Validation failed:', err);
  }
  return {
    text,
    k8s,
    values: parsed.values,
    documentCount: parsed.documents.length,
    view: designView(parsed),
    ok: parsedOk(parsed),
    problems: parsed.problems,
    diagnostics,
    documentStarts: documentStarts(parsed),
  };
}
