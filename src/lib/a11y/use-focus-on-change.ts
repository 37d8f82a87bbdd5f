import { useEffect, useRef } from 'react';

/**
 * Moves focus to what `find` answers each time the screen named by `key` changes. Screen readers
 * then read the new screen's heading, and keyboard users carry on from there instead of from a
 * button that went away with the old screen. `null` means no screen yet (still loading): the
 * first screen a page shows keeps the browser's own focus.
 */
export function useFocusOnChange(
  key: string | null,
  find: () => HTMLElement | null | undefined,
): void {
  const shown = useRef(key);
  useEffect(() => {
    if (key === null || shown.current === key) return;
    const first = shown.current === null;
    shown.current = key;
    if (!first) find()?.focus();
  }, [key, find]);
}
