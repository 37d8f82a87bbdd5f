import { useEffect, useRef } from 'react';
import { BurstDetector } from './burst-detector.ts';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable
  );
}

/**
 * Listens for scan-gun bursts on the whole page while mounted. Keys typed into a focused input are
 * left alone, so manual entry and the amount field work as usual.
 */
export function useScanGun(onScan: (text: string) => void): void {
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  useEffect(() => {
    const detector = new BurstDetector();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || isTypingTarget(event.target)) {
        detector.reset();
        return;
      }
      const text = detector.press(event.key, event.timeStamp);
      if (text === null) return;
      // The terminator must not also press a focused button or move the focus.
      event.preventDefault();
      onScanRef.current(text);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
