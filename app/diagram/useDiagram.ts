import { useMemo } from 'react';
import { diagramOf } from '../../src/diagram/layout.ts';
import type { Diagram, DiagramInput } from '../../src/diagram/types.ts';
import { useAppShallow } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import {
  selectDiagnostics,
  selectK8sVersion,
  selectObjects,
  selectShownValues,
  selectWorkload,
} from '../store/selectors.ts';

const NONE = [] as const;

/**
 * What the shown workload's diagram is drawn from: the shown design (the last good one while the
 * text does not parse), its diagnostics and the target version; `undefined` without a workload.
 */
export function diagramInput(s: AppState): DiagramInput | undefined {
  const pod = selectWorkload(s);
  return (
    pod && {
      pod,
      values: selectShownValues(s),
      objects: selectObjects(s),
      diagnostics: selectDiagnostics(s) ?? NONE,
      k8s: selectK8sVersion(s),
    }
  );
}

/** The shown workload's pod as a picture, laid out again only when what it is drawn from changes. */
export function useDiagram(): Diagram | undefined {
  const input = useAppShallow(diagramInput);
  return useMemo(() => input && diagramOf(input), [input]);
}
