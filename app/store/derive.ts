import type { DesignView } from '../../src/pod/types.ts';
import { designView } from '../../src/pod/view.ts';
import type { K8sVersion } from '../../src/validate/versions.ts';
import { parseDesign, parsedOk } from '../../src/yaml/parse.ts';
import type { DesignSlice } from './types.ts';
import { diagnose } from './validator.ts';

export const EMPTY_VIEW: DesignView = { workloads: [], objects: [] };

type Derived = Pick<
  DesignSlice,
  'text' | 'parsed' | 'view' | 'lastGood' | 'stale' | 'problems' | 'diagnostics'
>;

/** Everything the UI reads about a text, computed once when the text changes (never in render). */
export function derive(text: string, lastGood: DesignView, k8s: K8sVersion): Derived {
  const parsed = parseDesign(text);
  const view = designView(parsed);
  const ok = parsedOk(parsed);
  return {
    text,
    parsed,
    view,
    lastGood: ok ? view : lastGood,
    stale: !ok,
    problems: parsed.problems,
    diagnostics: diagnose(parsed, k8s),
  };
}
