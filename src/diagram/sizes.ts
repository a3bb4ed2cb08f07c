/**
 * Node sizes in diagram units. The app draws container and volume nodes as HTML boxes of exactly
 * these sizes (app/diagram), the SVG export as rectangles: both follow these numbers.
 */
export const SIZES = {
  /** The main container: the largest node. */
  main: { width: 264, height: 132 },
  /** Any other container (classic sidecar, native sidecar, init container). */
  container: { width: 224, height: 120 },
  volume: { width: 176, height: 60 },
  /** A port socket on the pod boundary. */
  port: { width: 96, height: 26 },
  service: { width: 184, height: 52 },
  object: { width: 184, height: 48 },
  host: { width: 200, height: 52 },
} as const;

/** Space between nodes, and inside regions around their nodes. */
export const GAP = 28;
export const PAD = 20;
/** Height of a region's title line. */
export const TITLE = 28;
