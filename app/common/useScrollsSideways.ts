import { useCallback, useState } from 'react';

/**
 * Whether an element's content is wider than the element (so it scrolls sideways), kept up to
 * date as either resizes. A scroller must be reachable by keyboard when, and only when, it
 * scrolls: otherwise it is one more Tab stop that does nothing.
 */
export function useScrollsSideways(): [(element: HTMLElement | null) => () => void, boolean] {
  const [scrolls, setScrolls] = useState(false);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return () => {};
    const observer = new ResizeObserver(() =>
      setScrolls(element.scrollWidth > element.clientWidth + 1),
    );
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, scrolls];
}
