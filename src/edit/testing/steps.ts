import { parseDesign } from '../../yaml/parse.ts';
import { appendDocument, removeDocument } from '../documents.ts';
import type { OpSpec } from './arbitraries.ts';
import { containerStep } from './containerSteps.ts';
import { makeCtx, type Step } from './context.ts';
import { fieldStep } from './fieldSteps.ts';
import { objectStep } from './objectSteps.ts';

export type { Step } from './context.ts';

/**
 * Resolves an {@link OpSpec} against the first workload of `text`. Returns `undefined` when the
 * edit has nothing to act on (no workload, no container to pick, no other document to remove, …).
 */
export function resolveStep(text: string, spec: OpSpec): Step | undefined {
  const label = JSON.stringify(spec);
  if (spec.op === 'appendDocument') {
    const count = parseDesign(text).documents.length;
    return {
      label,
      run: () => appendDocument(text, spec.value),
      edits: [],
      appends: true,
      removed: [],
      inverse: (after) => removeDocument(after, count),
    };
  }
  const ctx = makeCtx(text, label);
  if (!ctx) return undefined;
  switch (spec.op) {
    case 'addContainer':
    case 'removeContainer':
    case 'renameContainer':
    case 'moveContainer':
    case 'setMainContainer':
    case 'duplicateContainer':
    case 'placeContainer':
    case 'stepContainer':
    case 'addPreset':
      return containerStep(ctx, spec);
    case 'setField':
    case 'insertItem':
    case 'removeItem':
    case 'setHandler':
    case 'setMapEntry':
    case 'removeMapEntry':
    case 'editPodLabel':
    case 'selectorFromPodLabels':
    case 'setStrategyType':
      return fieldStep(ctx, spec);
    default:
      return objectStep(ctx, spec);
  }
}
