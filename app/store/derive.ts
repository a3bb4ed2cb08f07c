import type { DesignView } from '../../src/pod/types.ts';
import { designView } from '../../src/pod/view.ts';
import { parseDesign, parsedOk } from '../../src/yaml/parse.ts';
import type { DesignSlice } from './types.ts';

export const EMPTY_VIEW: DesignView = { workloads: [], objects: [] };

type Derived = Pick<DesignSlice, 'text' | 'parsed' | 'view' | 'lastGood' | 'stale' | 'problems'>;

/** Everything the UI reads about a text, computed once when the text changes (never in render). */
export function derive(text: string, lastGood: DesignView): Derived {
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
  };
}
