import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type RefObject,
} from 'react';
import { autoScale, clampScale, fitScale, scrollAfterZoom, zoomStep } from './zoom.ts';

/** Things a pointer press on them belongs to; anywhere else it pans the picture. */
const INTERACTIVE = 'button, input, select, textarea, a, label, form, [data-node], .card-item';

/**
 * Zoom and pan of the diagram viewport (a scroll container): until the user zooms, the picture's
 * width follows the viewport's (see {@link autoScale}); Ctrl/⌘ + wheel zooms at the pointer;
 * dragging the background pans; + − 0 zoom from the keyboard.
 */
export function useViewport(
  ref: RefObject<HTMLDivElement | null>,
  size: { width: number; height: number },
) {
  const [view, setView] = useState({ width: 0, height: 0 });
  const [manual, setManual] = useState<number | null>(null);
  const scale = manual ?? autoScale(size.width, view.width);
  const scaleRef = useRef(scale);
  useLayoutEffect(() => {
    scaleRef.current = scale;
  }, [scale]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setView({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);

  const zoomTo = useCallback(
    (next: number, anchor?: { x: number; y: number }) => {
      const el = ref.current;
      const from = scaleRef.current;
      const to = clampScale(next);
      setManual(to);
      if (!el) return;
      const at = anchor ?? { x: el.clientWidth / 2, y: el.clientHeight / 2 };
      const scroll = scrollAfterZoom({ left: el.scrollLeft, top: el.scrollTop }, at, from, to);
      // After React has drawn the new size, or the scroll position would be clamped to the old one.
      requestAnimationFrame(() => el.scrollTo(scroll.left, scroll.top));
    },
    [ref],
  );

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Not a React handler: React's wheel listeners are passive, and the page must not zoom too.
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const r = el.getBoundingClientRect();
      zoomTo(scaleRef.current * Math.exp(-e.deltaY / 400), {
        x: e.clientX - r.left,
        y: e.clientY - r.top,
      });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [ref, zoomTo]);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const el = ref.current;
    if (!el || e.button !== 0 || (e.target as Element).closest(INTERACTIVE)) return;
    const start = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop };
    const move = (m: globalThis.PointerEvent) =>
      el.scrollTo(start.left - (m.clientX - start.x), start.top - (m.clientY - start.y));
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      el.removeAttribute('data-panning');
    };
    el.setAttribute('data-panning', '');
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  return {
    scale,
    zoomIn: () => zoomTo(zoomStep(scaleRef.current, 1)),
    zoomOut: () => zoomTo(zoomStep(scaleRef.current, -1)),
    /** Shows the whole picture, however small it has to be. */
    fit: () => {
      setManual(fitScale(size, view));
      ref.current?.scrollTo(0, 0);
    },
    onPointerDown,
  };
}
