import type { FrameClockReport } from '../../bench/scan/report.ts';

/**
 * The frames a trial's page saw, one per line, relative to the code's first frame: its index,
 * whether it shows the code, and when it was captured, presented and seen by the page.
 */
export function formatTrace(frames: FrameClockReport): string {
  const zero = frames.codeFrameAt ?? 0;
  const at = (ms: number | null) => (ms === null ? '-' : (ms - zero).toFixed(1));
  return frames.trace
    .map(
      (f) =>
        `  #${f.index}${f.codeVisible ? ' code' : ''} captured ${at(f.capturedAt)} presented ${at(f.presentedAt)} seen ${at(f.callbackAt)}`,
    )
    .join('\n');
}
