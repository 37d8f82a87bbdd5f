import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { AmountForm } from '../features/checkout/amount-form.tsx';
import { useCheckoutStore } from '../features/checkout/checkout-store.ts';
import { PaymentOutcome } from '../features/checkout/payment-outcome.tsx';
import { SaleActions } from '../features/checkout/sale-actions.tsx';
import { startSale } from '../features/checkout/start-sale.ts';
import { useSaleView } from '../features/checkout/use-sale-view.ts';
import { CameraOffNotice } from '../features/secure-context/camera-off-notice.tsx';
import { pageIsSecure } from '../features/secure-context/secure-context.ts';
import type { ScannedCode } from '../../protocol/scanned-code.ts';
import { useFocusOnChange } from '../lib/a11y/use-focus-on-change.ts';
import { formatMoney } from '../lib/i18n/format-money.ts';
import { useT } from '../lib/i18n/use-t.ts';
import { useScreenWakeLock } from '../lib/pwa/use-wake-lock.ts';
import { driveSale } from '../lib/outbox/drive-sale.ts';
import type { SaleWorker } from '../lib/outbox/sale-worker.ts';

const loadScanner = () => import('../features/scanner/scanner-panel.tsx');
const ScannerPanel = lazy(() => loadScanner().then((module) => ({ default: module.ScannerPanel })));

export function CheckoutPage({
  worker,
  onShowReceipt,
}: {
  worker: SaleWorker;
  onShowReceipt: (outTradeNo: string) => void;
}) {
  useScreenWakeLock();
  const t = useT();
  const {
    amount,
    phase,
    outTradeNo,
    stoppedWaiting,
    startScanning,
    showSale,
    cancelScan,
    newSale,
    noteStoppedWaiting,
  } = useCheckoutStore();
  const view = useSaleView(phase === 'sale' ? outTradeNo : null, stoppedWaiting);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const chargingRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // The control the cashier used is gone with the phase it belonged to; focus goes on from here.
  useFocusOnChange(phase, () => {
    if (phase === 'scanning') return chargingRef.current;
    if (phase === 'sale') return outcomeRef.current;
    return headingRef.current;
  });

  // Fetched while the network is there, so that Charge opens the scanner even offline.
  useEffect(() => {
    void loadScanner();
  }, []);

  const charge = useCallback(
    async (scanned: ScannedCode): Promise<string | null> => {
      // Marks for the e2e and benchmarks: decode-to-outcome latency, measured in the page.
      performance.mark('saoma:code-accepted');
      const started = await startSale(scanned, amount, worker);
      if (!started.ok) return started.message;
      showSale(started.outTradeNo);
      if (scanned.kind === 'online') {
        void driveSale(started.outTradeNo, worker).then(() =>
          performance.mark('saoma:outcome-shown'),
        );
      }
      return null;
    },
    [amount, worker, showSale],
  );

  return (
    <div className="checkout">
      <h1 ref={headingRef} tabIndex={-1} className="visually-hidden">
        {t('nav.checkout')}
      </h1>
      {phase === 'amount' && <AmountForm onCharge={startScanning} />}
      {phase === 'scanning' && (
        <>
          <h2 ref={chargingRef} tabIndex={-1} className="charging-amount">
            {t('checkout.charging', { amount: formatMoney(amount, { grouping: false }) })}
          </h2>
          <Suspense fallback={<p className="loading">{t('checkout.loadingScanner')}</p>}>
            <ScannerPanel
              onCode={charge}
              onClose={cancelScan}
              cameraOff={pageIsSecure() ? null : <CameraOffNotice />}
            />
          </Suspense>
        </>
      )}
      <PaymentOutcome
        ref={outcomeRef}
        tone={view?.tone ?? 'idle'}
        text={view?.text ?? ''}
        secondsLeft={view?.secondsLeft}
      />
      {view && outTradeNo !== null && (
        <SaleActions
          outTradeNo={outTradeNo}
          view={view}
          worker={worker}
          onNewSale={newSale}
          onShowReceipt={onShowReceipt}
          onStoppedWaiting={noteStoppedWaiting}
        />
      )}
    </div>
  );
}
