import { useCallback, useMemo, useRef, useState } from 'react';
import { routeScannedCode, type ScannedCode } from '../../../protocol/scanned-code.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { rememberCamera, rememberedCamera } from './camera/remembered-camera.ts';
import { CameraControls } from './camera-controls.tsx';
import { ManualEntry } from './manual-entry.tsx';
import { signalGoodRead } from './scan-feedback.ts';
import { useScanGun } from './scan-gun/use-scan-gun.ts';
import type { AcceptedScan } from './engine/scan-session.ts';
import { useScanSession } from './use-scan-session.ts';
import { refusalText } from './validation/refusal-text.ts';

/**
 * Camera preview with a scan window, the scan gun, and manual entry. Only text that is a payment
 * code of a known provider leaves this panel; anything else is refused here, before any network
 * call.
 */
export function ScannerPanel({
  onCode,
  onClose,
}: {
  /** Charges the code; answers a refusal to show (the scanner then stays open), or null. */
  onCode: (scanned: ScannedCode) => Promise<string | null>;
  onClose: () => void;
}) {
  const t = useT();
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
      setRefusal(null);
      void onCode(scanned).then((refused) => {
        if (refused === null) return;
        setRefusal(refused);
        doneRef.current = false;
      });
    },
    [onCode],
  );

  const acceptText = useCallback(
    (text: string) => {
      const route = routeScannedCode(text);
      if (route.ok) finish(route);
      else setRefusal(refusalText(route));
    },
    [finish],
  );

  const handlers = useMemo(
    () => ({
      onScan: ({ scanned }: AcceptedScan) => finish(scanned),
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
    <section className="scanner" aria-label={t('scanner.label')}>
      <div className="viewfinder">
        <video ref={videoRef} muted playsInline aria-label={t('scanner.preview')} />
        <div className="scan-window" aria-hidden="true" />
        {camera.phase === 'starting' && <p className="camera-note">{t('scanner.starting')}</p>}
        {camera.phase === 'paused' && <p className="camera-note">{t('scanner.paused')}</p>}
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
          {t('scanner.enterManually')}
        </button>
      )}
      <button type="button" onClick={onClose}>
        {t('scanner.close')}
      </button>
    </section>
  );
}
