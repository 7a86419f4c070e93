import { useEffect, useState, type RefObject } from 'react';

/**
 * The width of an element in px, kept up to date with a ResizeObserver. Where there is none
 * (jsdom in component tests) it stays at `fallback`, so the chart still renders there.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // The observer reports the first size as soon as it starts observing.
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
