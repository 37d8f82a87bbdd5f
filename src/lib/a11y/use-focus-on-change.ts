import { useEffect, useRef } from 'react';

/**
 * Moves focus to what `find` answers each time the screen named by `key` changes. Screen readers
 * then read the new screen's heading, and keyboard users carry on from there instead of from a
 * button that went away with the old screen. `null` means no screen yet (still loading): the
 * first screen a page shows keeps the browser's own focus.
 *
 * A screen whose code is still loading has nothing to focus yet: then `waitIn` takes the focus,
 * and hands it on to what `find` answers as soon as that appears (unless the cashier has moved
 * the focus meanwhile).
 */
export function useFocusOnChange(
  key: string | null,
  find: () => HTMLElement | null | undefined,
  waitIn?: () => HTMLElement | null | undefined,
): void {
  const shown = useRef(key);
  useEffect(() => {
    if (key === null || shown.current === key) return undefined;
    const first = shown.current === null;
    shown.current = key;
    if (first) return undefined;
    const target = find();
    if (target) {
      target.focus();
      return undefined;
    }
    const holder = waitIn?.();
    if (!holder) return undefined;
    holder.focus();
    const observer = new MutationObserver(() => {
      const appeared = find();
      if (!appeared) return;
      observer.disconnect();
      if (document.activeElement === holder) appeared.focus();
    });
    observer.observe(holder, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [key, find, waitIn]);
}
