import { useCallback, useRef, useState } from 'react';
import { routePaymentCode, type Provider } from '../../../protocol/payment-code.ts';
import { ManualEntry } from './manual-entry.tsx';
import { signalGoodRead } from './scan-feedback.ts';
import { useCameraScanner } from './use-camera-scanner.ts';

export type ScannedCode = { code: string; provider: Provider };

/**
 * Camera preview with a scan window, plus manual entry. Only text that is a payment code of a
 * known provider leaves this panel; anything else is refused here, before any network call.
 */
export function ScannerPanel({
  onCode,
  onClose,
}: {
  onCode: (scanned: ScannedCode) => void;
  onClose: () => void;
}) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [manual, setManual] = useState(false);
  const doneRef = useRef(false);

  const accept = useCallback(
    (text: string) => {
      if (doneRef.current) return;
      const route = routePaymentCode(text);
      if (!route.ok) {
        setRefusal(route.message);
        return;
      }
      doneRef.current = true;
      signalGoodRead();
      onCode({ code: route.code, provider: route.provider });
    },
    [onCode],
  );

  const { cameraError, cameraReady } = useCameraScanner(videoRef, accept);

  return (
    <section className="scanner" aria-label="Scanner">
      <div className="viewfinder">
        <video ref={videoRef} muted playsInline aria-label="Camera preview" />
        <div className="scan-window" aria-hidden="true" />
        {!cameraReady && !cameraError && <p className="camera-note">Starting the camera…</p>}
      </div>
      {cameraError && <p role="alert">{cameraError}</p>}
      {refusal && (
        <p role="alert" className="refusal">
          {refusal}
        </p>
      )}
      {manual ? (
        <ManualEntry onSubmit={accept} />
      ) : (
        <button type="button" onClick={() => setManual(true)}>
          Enter code manually
        </button>
      )}
      <button type="button" onClick={onClose}>
        Close scanner
      </button>
    </section>
  );
}
