import { useMemo } from 'react';
import { CameraView, type CameraHandlers } from './camera-view.tsx';
import type { FrameRead } from './validation/scan-filter.ts';

export type TextRead = Pick<FrameRead, 'text' | 'format'>;

/**
 * The scanner's camera, decode worker and controls for codes that are not payment codes (the
 * pairing QR): each verified read, seen anew, goes to `onText` to be judged there. The camera's
 * failures (denied, none, in use) show the scanner's own messages.
 */
export function TextCamera({ onText }: { onText: (read: TextRead) => void }) {
  const handlers = useMemo<CameraHandlers>(
    () => ({ onText: ({ text, format }) => onText({ text, format }) }),
    [onText],
  );
  return (
    <section className="scanner">
      <CameraView handlers={handlers} />
    </section>
  );
}
