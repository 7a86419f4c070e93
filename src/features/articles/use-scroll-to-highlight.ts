import { useEffect } from 'react';

/**
 * Scrolls the element with id `targetId` into view and focuses it, once it is in the page
 * (`ready`) and whenever the target changes: how a `?quote=` or `?actor=` link opens "at" the
 * text, cold or not.
 *
 * Deferred by a frame: the layout moves focus to <main> after a change of page in an effect that
 * runs after this component's, and would otherwise take the focus back. The scroll is instant,
 * not smooth, so it never fights reduced-motion settings or a quick Back.
 */
export function useScrollToHighlight(targetId: string | null, ready: boolean): void {
  useEffect(() => {
    if (!ready || !targetId) return;
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(targetId);
      if (!element) return;
      element.scrollIntoView?.({ block: 'center' });
      element.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [targetId, ready]);
}

/** Moves to another highlight (the previous/next buttons): the same scroll and focus, at once. */
export function goToHighlight(targetId: string): void {
  const element = document.getElementById(targetId);
  if (!element) return;
  element.scrollIntoView?.({ block: 'center' });
  element.focus({ preventScroll: true });
}
