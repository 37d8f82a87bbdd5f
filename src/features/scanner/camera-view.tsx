import { useRef, useState } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { rememberCamera, rememberedCamera } from './camera/remembered-camera.ts';
import { CameraControls } from './camera-controls.tsx';
import type { PaymentScanHandlers, TextScanHandlers } from './engine/scan-session.ts';
import { useScanSession } from './use-scan-session.ts';

/** A payment scanner's handlers, or a text scanner's (the pairing QR). */
export type CameraHandlers = PaymentScanHandlers | TextScanHandlers;

/** The camera preview with its scan window and controls; it opens the camera while mounted. */
export function CameraView({ handlers }: { handlers: CameraHandlers }) {
  const t = useT();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [deviceId, setDeviceId] = useState<string | null>(rememberedCamera);
  const camera = useScanSession(videoRef, deviceId, handlers);

  function pickCamera(picked: string) {
    rememberCamera(picked);
    setDeviceId(picked);
  }

  return (
    <>
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
    </>
  );
}
