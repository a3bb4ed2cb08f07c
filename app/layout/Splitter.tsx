import { lazy, Suspense, type DOMAttributes } from 'react';
import type { Pane } from '../store/layout.ts';
import type { Bar } from './sizes.ts';

/** How a splitter sits: `vertical` between columns (moved left and right), else between rows. */
export interface SplitGeometry {
  vertical?: boolean;
  /** The pane it sizes is after it (right of it, or below): moving the splitter on shrinks it. */
  after?: boolean;
}

export interface SplitterProps extends SplitGeometry {
  pane: Pane;
  /** Its accessible name: "Resize the editor". */
  label: string;
  bar: Bar;
}

// Dragging and the keys come a moment after the first paint, in a chunk of their own.
const LiveSplitter = lazy(() => import('./LiveSplitter.tsx'));

/**
 * A WAI-ARIA window splitter between two panes: its value is the size of `pane` in pixels. Drag
 * it, or focus it and use the arrow keys, Home and End; a double click restores the default.
 */
export function Splitter(props: SplitterProps) {
  return (
    <Suspense fallback={<SplitBar {...props} />}>
      <LiveSplitter {...props} />
    </Suspense>
  );
}

/** The splitter's element; `handlers` make it move. */
export function SplitBar({
  pane,
  label,
  bar,
  vertical,
  handlers,
}: SplitterProps & { handlers?: DOMAttributes<HTMLDivElement> }) {
  return (
    <div
      className="splitter"
      data-pane={pane}
      role="separator"
      // A focusable separator is a widget (WAI-ARIA 1.2), which jsx-a11y does not know yet.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-label={label}
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-valuenow={bar.value}
      aria-valuemin={bar.min}
      aria-valuemax={bar.max}
      title="Drag, or use the arrow keys, to resize; double-click to reset"
      {...handlers}
    />
  );
}
