import { useCallback, useMemo, useRef, useState } from 'react';
import { routePaymentCode, type Provider } from '../../../protocol/payment-code.ts';
import { rememberCamera, rememberedCamera } from './camera/remembered-camera.ts';
import { CameraControls } from './camera-controls.tsx';
import { ManualEntry } from './manual-entry.tsx';
import { signalGoodRead } from './scan-feedback.ts';
import { useScanGun } from './scan-gun/use-scan-gun.ts';
import { useScanSession } from './use-scan-session.ts';

export type ScannedCode = { code: string; provider: Provider };

/**
 * Camera preview with a scan window, the scan gun, and manual entry. Only text that is a payment
 * code of a known provider leaves this panel; anything else is refused here, before any network
 * call.
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
  const [deviceId, setDeviceId] = useState<string | null>(rememberedCamera);
  const doneRef = useRef(false);

  const finish = useCallback(
    (scanned: ScannedCode) => {
      if (doneRef.current) return;
      doneRef.current = true;
      performance.mark('saoma:code-read');
      signalGoodRead();
      onCode(scanned);
    },
    [onCode],
  );

  const acceptText = useCallback(
    (text: string) => {
      const route = routePaymentCode(text);
      if (route.ok) finish({ code: route.code, provider: route.provider });
      else setRefusal(route.message);
    },
    [finish],
  );

  const handlers = useMemo(
    () => ({
      onScan: ({ code, provider }: ScannedCode) => finish({ code, provider }),
      onRefusal: setRefusal,
    }),
    [finish],
  );
  const camera = useScanSession(videoRef, deviceId, handlers);
  useScanGun(acceptText);

  function pickCamera(picked: string) {
    rememberCamera(picked);
    setDeviceId(picked);
  }

  return (
    <section className="scanner" aria-label="Scanner">
      <div className="viewfinder">
        <video ref={videoRef} muted playsInline aria-label="Camera preview" />
        <div className="scan-window" aria-hidden="true" />
        {camera.phase === 'starting' && <p className="camera-note">Starting the camera…</p>}
        {camera.phase === 'paused' && <p className="camera-note">Camera paused</p>}
      </div>
      {camera.phase === 'scanning' && (
        <CameraControls
          key={camera.session.track.id}
          track={camera.session.track}
          cameras={camera.session.cameras}
          deviceId={camera.session.deviceId}
          onPickCamera={pickCamera}
        />
      )}
      {camera.phase === 'failed' && <p role="alert">{camera.message}</p>}
      {refusal && (
        <p role="alert" className="refusal">
          {refusal}
        </p>
      )}
      {manual ? (
        <ManualEntry onSubmit={acceptText} />
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
