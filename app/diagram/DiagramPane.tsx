import { useEffect } from 'react';
import type { PodView } from '../../src/pod/types.ts';
import { canvasShown } from '../common/canvasFirst.ts';
import { Diagram } from './Diagram.tsx';
import { useDiagram } from './useDiagram.ts';

/** The shown workload's pod as a picture, laid out from the shown design. */
export function DiagramPane({ pod, stale }: { pod: PodView; stale: boolean }) {
  const diagram = useDiagram();
  // The first picture is on screen: the work that waited for it may start.
  useEffect(canvasShown, []);
  return diagram ? <Diagram diagram={diagram} pod={pod} stale={stale} /> : null;
}
