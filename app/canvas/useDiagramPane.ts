import { useEffect, useState } from 'react';
import { canvasShown } from '../common/canvasFirst.ts';
import type { DiagramPane as Pane } from '../diagram/DiagramPane.tsx';

type DiagramPane = typeof Pane;

// The diagram (its layout, the network analysis it draws, its nodes) is a chunk of its own, kept
// out of the page's first script; requested as soon as this module runs, so it arrives with the
// first render. Not React.lazy: a Suspense boundary reveals its content at most every 300 ms
// after its fallback showed, which held the first picture back.
let loaded: DiagramPane | undefined;
const chunk: Promise<DiagramPane> = import('../diagram/DiagramPane.tsx').then((m) => {
  loaded = m.DiagramPane;
  return loaded;
});

/**
 * The diagram's component once its chunk has arrived (`undefined` until then), or the error that
 * kept it away. A failed chunk lets the work waiting for the first picture go on.
 */
export function useDiagramPane(): { pane?: DiagramPane; error?: string } {
  const [state, setState] = useState<{ pane?: DiagramPane; error?: string }>(() =>
    loaded ? { pane: loaded } : {},
  );
  useEffect(() => {
    if (state.pane || state.error) return;
    let live = true;
    chunk.then(
      (pane) => live && setState({ pane }),
      (err: unknown) => {
        canvasShown();
        if (live) setState({ error: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [state]);
  return state;
}
