import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { routeScannedCode, type ScannedCode } from '../../../protocol/scanned-code.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { CameraView, type CameraHandlers } from './camera-view.tsx';
import { ManualEntry } from './manual-entry.tsx';
import { signalGoodRead } from './scan-feedback.ts';
import { useScanGun } from './scan-gun/use-scan-gun.ts';
import { refusalText } from './validation/refusal-text.ts';

/**
 * Camera preview with a scan window, the scan gun, and manual entry. Only text that is a payment
 * code of a known provider leaves this panel; anything else is refused here, before any network
 * call.
 */
export function ScannerPanel({
  onCode,
  onClose,
  cameraOff = null,
}: {
  /** Charges the code; answers a refusal to show (the scanner then stays open), or null. */
  onCode: (scanned: ScannedCode) => Promise<string | null>;
  onClose: () => void;
  /** Shown instead of the camera, which is then never opened (the page may not use one). */
  cameraOff?: ReactNode;
}) {
  const t = useT();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [manual, setManual] = useState(false);
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

  const handlers = useMemo<CameraHandlers>(
    () => ({ onScan: ({ scanned }) => finish(scanned), onRefusal: setRefusal }),
    [finish],
  );
  useScanGun(acceptText);

  return (
    <section className="scanner" aria-label={t('scanner.label')}>
      {cameraOff ?? <CameraView handlers={handlers} />}
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
