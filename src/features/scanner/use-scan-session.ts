import { useEffect, useRef, useState, type RefObject } from 'react';
import { CameraError } from './camera/camera-errors.ts';
import {
  startScanSession,
  type PaymentScanHandlers,
  type ScanSession,
  type TextScanHandlers,
} from './engine/scan-session.ts';
import { t } from '../../lib/i18n/translate.ts';
import { usePageVisible } from '../../lib/page/use-page-visible.ts';

export type ScanSessionState =
  | { phase: 'starting' }
  | { phase: 'scanning'; session: ScanSession }
  | { phase: 'paused' }
  | { phase: 'failed'; message: string };

type Handlers = PaymentScanHandlers | TextScanHandlers;

/**
 * Keeps a scan session running while the component is mounted and the page is visible. The camera
 * is released whenever the page hides and reopened when it shows again, and on unmount.
 */
export function useScanSession(
  videoRef: RefObject<HTMLVideoElement | null>,
  deviceId: string | null,
  handlers: Handlers,
): ScanSessionState {
  const visible = usePageVisible();
  const [run, setRun] = useState<{ key: string; state: ScanSessionState } | null>(null);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  }, [handlers]);
  const key = `${deviceId ?? ''}|${String(visible)}`;

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !visible) return;
    let cancelled = false;
    let session: ScanSession | null = null;
    const settle = (state: ScanSessionState) => {
      if (!cancelled) setRun({ key, state });
    };
    // The kind of scanner is fixed when it opens; the handlers themselves may change.
    const kind = forwardTo(handlersRef);
    startScanSession({
      video,
      deviceId,
      ...kind,
      onFailure: (_problem, message) => settle({ phase: 'failed', message }),
    }).then(
      (started) => {
        if (cancelled) return started.stop();
        session = started;
        performance.mark('saoma:camera-opened');
        settle({ phase: 'scanning', session: started });
      },
      (error: unknown) => settle({ phase: 'failed', message: describeStartFailure(error) }),
    );
    return () => {
      cancelled = true;
      session?.stop();
    };
  }, [videoRef, deviceId, visible, key]);

  if (!visible) return { phase: 'paused' };
  // A state left over from the previous camera or visibility reads as a fresh start.
  return run?.key === key ? run.state : { phase: 'starting' };
}

/** Handlers of the kind `ref` holds now, that call whatever it holds when a code is read. */
function forwardTo(ref: RefObject<Handlers>): Handlers {
  if ('onText' in ref.current) {
    return {
      onText: (read) => {
        if ('onText' in ref.current) ref.current.onText(read);
      },
    };
  }
  return {
    onScan: (scan) => {
      if ('onScan' in ref.current) ref.current.onScan(scan);
    },
    onRefusal: (message) => {
      if ('onScan' in ref.current) ref.current.onRefusal?.(message);
    },
  };
}

function describeStartFailure(error: unknown): string {
  if (error instanceof CameraError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return t('scanner.startFailed', { reason });
}
