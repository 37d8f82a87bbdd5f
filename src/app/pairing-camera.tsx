import { lazy, Suspense } from 'react';
import type { PairingRead } from '../features/pairing/pairing-form.tsx';
import { CameraOffNotice } from '../features/secure-context/camera-off-notice.tsx';
import { pageIsSecure } from '../features/secure-context/secure-context.ts';
import { useT } from '../lib/i18n/use-t.ts';

const TextCamera = lazy(() =>
  import('../features/scanner/text-camera.tsx').then((module) => ({ default: module.TextCamera })),
);

/** The pairing screen's camera: the scanner's, loaded when first opened, or why it is off. */
export function PairingCamera({ onRead }: { onRead: (read: PairingRead) => void }) {
  const t = useT();
  if (!pageIsSecure()) return <CameraOffNotice />;
  return (
    <Suspense fallback={<p className="loading">{t('pairingQr.loadingCamera')}</p>}>
      <TextCamera onText={onRead} />
    </Suspense>
  );
}
