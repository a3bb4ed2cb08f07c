import type { LayoutPrefs, Pane } from '../store/layout.ts';

// Pane sizes, as pure functions of the workspace's size and what the user chose (DESIGN.md §1:
// UI state beside the text). The canvas is the one flexible track: it gets all the extra room.

/** The track of one splitter, in CSS pixels. */
export const BAR = 8;
/** A folded pane: the palette's rail, the analysis's bar. */
export const RAIL = 36;
/** The canvas never gets less than this while the other panes can give way. */
export const CANVAS_MIN = { wide: 360, narrow: 300, height: 200 };

export const clamp = (value: number, min: number, max: number): number =>
  Math.min(Math.max(value, min), max);

interface Limit {
  min: number;
  max: number;
  /** The default for a workspace this wide and high, before the user moves the splitter. */
  initial: (width: number, height: number) => number;
}

export const LIMITS: Record<Pane, Limit> = {
  palette: { min: 150, max: 360, initial: () => 184 },
  // A wider screen gives the forms and the YAML somewhat more room, but the canvas the most.
  inspector: { min: 280, max: 760, initial: (w) => clamp(w * 0.24, 300, 460) },
  editor: { min: 300, max: 1100, initial: (w) => clamp(w * 0.28, 340, 580) },
  side: { min: 320, max: 900, initial: (w) => clamp(w * 0.42, 340, 560) },
  analysis: { min: 120, max: 900, initial: (_, h) => clamp(h * 0.25, 160, 320) },
};

/** One splitter: the size of its pane now, and how far it may go. */
export interface Bar {
  value: number;
  min: number;
  max: number;
}

export interface Layout {
  /** `wide`: inspector and editor side by side; `narrow`: they share a column, as tabs. */
  mode: 'wide' | 'narrow';
  columns: string;
  rows: string;
  /** The splitters shown, by the pane each one sizes. */
  bars: Partial<Record<Pane, Bar>>;
}

/**
 * Shrinks `sizes` until they add up to at most `room`: each gives way in proportion to what it
 * has above its minimum, so the panes keep their proportions. Never below the minimums.
 */
export function fit(sizes: number[], mins: number[], room: number): number[] {
  const over = sizes.reduce((a, b) => a + b, 0) - room;
  const slack = sizes.reduce((a, s, i) => a + s - mins[i]!, 0);
  if (over <= 0 || slack <= 0) return sizes;
  const share = Math.min(over / slack, 1);
  return sizes.map((s, i) => Math.round(s - (s - mins[i]!) * share));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Sizes each pane for a workspace of `width` × `height` (its content box, in CSS pixels). */
export function resolveLayout(
  width: number,
  height: number,
  prefs: Pick<LayoutPrefs, 'paneSizes' | 'folded'>,
  analysis: boolean,
): Layout {
  const want = (pane: Pane) =>
    clamp(
      Math.round(prefs.paneSizes[pane] ?? LIMITS[pane].initial(width, height)),
      LIMITS[pane].min,
      LIMITS[pane].max,
    );
  const folded = prefs.folded.palette;
  // The panes beside the canvas, one splitter each, and the room they share with it.
  const row = (mode: Layout['mode']) => {
    const panes: Pane[] = mode === 'wide' ? ['inspector', 'editor'] : ['side'];
    if (!folded) panes.unshift('palette');
    const room = width - panes.length * BAR - (folded ? RAIL : 0) - CANVAS_MIN[mode];
    return { mode, panes, room, fits: sum(panes.map((p) => LIMITS[p].min)) <= room };
  };
  const wide = row('wide');
  const { mode, panes, room } = wide.fits ? wide : row('narrow');
  const sizes = fit(
    panes.map(want),
    panes.map((p) => LIMITS[p].min),
    room,
  );
  const spare = Math.max(room - sum(sizes), 0);
  const bars: Layout['bars'] = {};
  const px: Partial<Record<Pane, number>> = {};
  panes.forEach((pane, i) => {
    const value = sizes[i]!;
    const { min, max } = LIMITS[pane];
    px[pane] = value;
    bars[pane] = { value, min, max: clamp(value + spare, min, max) };
  });

  const palette = folded ? `${RAIL}px 0px` : `${px.palette}px ${BAR}px`;
  const columns =
    mode === 'wide'
      ? `${palette} minmax(0, 1fr) ${BAR}px ${px.inspector}px ${BAR}px ${px.editor}px`
      : `${palette} minmax(0, 1fr) ${BAR}px ${px.side}px`;

  let rows = 'minmax(0, 1fr) 0px 0px';
  if (analysis && prefs.folded.analysis) rows = `minmax(0, 1fr) 0px ${RAIL}px`;
  else if (analysis) {
    // The measured height is clientHeight, rounded to a whole pixel: keep one in hand, or a
    // rounded-up height would leave the canvas a fraction short of its minimum.
    const roomY = Math.floor(height - BAR - CANVAS_MIN.height) - 1;
    const { min, max } = LIMITS.analysis;
    const value = clamp(Math.min(want('analysis'), roomY), min, max);
    bars.analysis = { value, min, max: clamp(roomY, min, max) };
    rows = `minmax(0, 1fr) ${BAR}px ${value}px`;
  }
  return { mode, columns, rows, bars };
}
