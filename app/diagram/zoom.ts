/** The zoom steps and limits of the diagram, and how "fit" chooses a scale. Pure, tested. */

export const MIN_SCALE = 0.25;
export const MAX_SCALE = 2;
/** Automatic fitting never shrinks the picture below this: past it, the viewport scrolls. */
export const MIN_FIT = 0.75;

export const clampScale = (s: number) =>
  Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(s * 100) / 100));

/** The next zoom step in or out: 10 % steps, so three presses are visible but not jumpy. */
export function zoomStep(scale: number, direction: 1 | -1): number {
  return clampScale(direction > 0 ? scale * 1.1 : scale / 1.1);
}

/**
 * The scale that shows a `width`×`height` picture whole in a `viewWidth`×`viewHeight` viewport,
 * never larger than 1 (the "Fit" button). With `floor`, never below it: the viewport scrolls
 * instead.
 */
export function fitScale(
  size: { width: number; height: number },
  view: { width: number; height: number },
  floor = MIN_SCALE,
): number {
  if (size.width <= 0 || size.height <= 0 || view.width <= 0 || view.height <= 0) return 1;
  const s = Math.min(view.width / size.width, view.height / size.height, 1);
  return clampScale(Math.max(floor, s));
}

/**
 * The scale the diagram opens at: its width fitted to the viewport's (it scrolls down, as a page
 * does), never above 1 nor below {@link MIN_FIT}, so text stays readable.
 */
export function autoScale(width: number, viewWidth: number): number {
  if (width <= 0 || viewWidth <= 0) return 1;
  return clampScale(Math.max(MIN_FIT, Math.min(1, viewWidth / width)));
}

/**
 * Where to scroll after a zoom so that the point under `anchor` (viewport coordinates) stays under
 * it: the scroll position scales with the picture.
 */
export function scrollAfterZoom(
  scroll: { left: number; top: number },
  anchor: { x: number; y: number },
  from: number,
  to: number,
): { left: number; top: number } {
  const k = to / from;
  return {
    left: Math.max(0, (scroll.left + anchor.x) * k - anchor.x),
    top: Math.max(0, (scroll.top + anchor.y) * k - anchor.y),
  };
}
