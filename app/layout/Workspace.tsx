import {
  lazy,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { afterCanvas } from '../common/canvasFirst.ts';
import { TabStrip, type TabDef } from '../common/TabStrip.tsx';
import { useApp, useAppShallow, useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import type { Foldable, Pane, SideTab } from '../store/layout.ts';
import { selectWorkload } from '../store/selectors.ts';
import { restoreLayout } from './restore.ts';
import { resolveLayout } from './sizes.ts';
import { Splitter } from './Splitter.tsx';
import './layout.css';

// Not needed to draw the canvas, so not part of the first visit's script.
const AnalysisPanel = lazy(() =>
  afterCanvas(() => import('../analysis/AnalysisPanel.tsx')).then((m) => ({
    default: m.AnalysisPanel,
  })),
);

/** The workspace's padding (layout.css), outside the grid tracks. */
const PAD = 8;

const SIDE_TABS: readonly TabDef<SideTab>[] = [
  { id: 'inspector', label: 'Inspector' },
  { id: 'editor', label: 'YAML' },
];
/** What a splitter's name says it resizes. */
const NAMES: Record<Pane, string> = {
  palette: 'the palette',
  inspector: 'the inspector',
  editor: 'the editor',
  side: 'the inspector and editor column',
  analysis: 'the pod analysis',
};
const GLYPHS: Record<Foldable, string> = { palette: '‹›', analysis: '▾▴' };

const selectLayout = (s: AppState) => ({
  paneSizes: s.paneSizes,
  folded: s.folded,
  tab: s.sideTab,
  analysis: selectWorkload(s) !== undefined,
});
const selectToggle = (s: AppState) => s.toggleFolded;
const selectSetTab = (s: AppState) => s.setSideTab;

/** The workspace's content box; measured before the first paint, then on every resize. */
function useSize(ref: RefObject<HTMLElement | null>): number[] {
  const [size, setSize] = useState(() => [innerWidth - 2 * PAD, innerHeight - 100]);
  useLayoutEffect(() => {
    const el = ref.current!;
    const measure = () => setSize([el.clientWidth - 2 * PAD, el.clientHeight - 2 * PAD]);
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [ref]);
  return size;
}

/** Folds a pane to a bar, and unfolds it; the bar of a folded pane is this button. */
function Fold({ pane, folded }: { pane: Foldable; folded: boolean }) {
  const toggle = useApp(selectToggle);
  return (
    <button
      type="button"
      className="layout-fold"
      aria-expanded={!folded}
      onClick={() => toggle(pane)}
    >
      <span aria-hidden="true">{GLYPHS[pane][+folded]}</span>
      <span className={folded ? 'layout-fold-label' : 'visually-hidden'}>
        {folded ? 'Show' : 'Hide'} {NAMES[pane]}
      </span>
    </button>
  );
}

interface Props {
  palette: ReactNode;
  canvas: ReactNode;
  inspector: ReactNode;
  editor: ReactNode;
}

/**
 * The panes and the splitters between them (app/layout/sizes.ts decides every size). Wide:
 * palette | canvas | inspector | editor, the pod analysis under canvas and inspector. Narrow:
 * palette | canvas | inspector and editor as two tabs of one column, the analysis under the
 * canvas. The panes come in as elements made by App, so resizing re-renders none of them; the
 * inspector and the editor keep their place in the tree in both modes, so neither mounts again.
 */
export function Workspace({ palette, canvas, inspector, editor }: Props) {
  const ref = useRef<HTMLElement>(null);
  const [width, height] = useSize(ref);
  const { tab: chosenTab, analysis: hasWorkload, ...prefs } = useAppShallow(selectLayout);
  const setTab = useApp(selectSetTab);
  const store = useAppStore();
  useLayoutEffect(() => restoreLayout(store), [store]);
  useEffect(() => {
    // Saving and following come after the first paint, in a chunk of their own.
    let stop: (() => void) | undefined;
    let live = true;
    void import('./persist.ts').then((m) => {
      if (live) stop = m.startLayout(store);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [store]);

  const { mode, columns, rows, bars } = resolveLayout(width!, height!, prefs, hasWorkload);
  const wide = mode === 'wide';
  const tab = wide ? null : chosenTab;
  const { palette: paletteFolded, analysis: analysisFolded } = prefs.folded;
  const split = (pane: Pane, vertical = true) => {
    const bar = bars[pane];
    return bar ? (
      <Splitter
        pane={pane}
        label={`Resize ${NAMES[pane]}`}
        bar={bar}
        vertical={vertical}
        after={pane !== 'palette'}
      />
    ) : null;
  };
  const analysis = hasWorkload ? (
    <>
      {split('analysis', false)}
      <div className="layout-pane layout-analysis" data-folded={analysisFolded || undefined}>
        <Fold pane="analysis" folded={analysisFolded} />
        {analysisFolded ? null : (
          <Suspense fallback={null}>
            <AnalysisPanel />
          </Suspense>
        )}
      </div>
    </>
  ) : null;
  return (
    <main
      ref={ref}
      className="workspace"
      data-mode={mode}
      style={{ gridTemplateColumns: columns, gridTemplateRows: rows }}
    >
      <div className="layout-pane layout-palette" data-folded={paletteFolded || undefined}>
        <Fold pane="palette" folded={paletteFolded} />
        {paletteFolded ? null : palette}
      </div>
      {split('palette')}
      <div className="layout-pane layout-canvas">{canvas}</div>
      {wide ? null : analysis}
      {split(wide ? 'inspector' : 'side')}
      <div className="layout-side">
        {tab ? (
          <TabStrip
            tabs={SIDE_TABS}
            selected={tab}
            onSelect={setTab}
            label="Inspector or YAML"
            tabId={(t) => `side-tab-${t}`}
            panelId="side-panel"
            className="layout-tabs"
            tabClassName="layout-tab"
          />
        ) : null}
        <div
          className="layout-side-panel"
          id="side-panel"
          role={tab ? 'tabpanel' : undefined}
          aria-labelledby={tab ? `side-tab-${tab}` : undefined}
        >
          <div className="layout-pane layout-inspector" hidden={tab === 'editor'}>
            {inspector}
          </div>
          {wide ? analysis : null}
          {wide ? split('editor') : null}
          <div className="layout-pane layout-editor" hidden={tab === 'inspector'}>
            {editor}
          </div>
        </div>
      </div>
    </main>
  );
}
