import { lazy, Suspense, useCallback, useEffect } from 'react';
import { AmountForm } from '../features/checkout/amount-form.tsx';
import { useCheckoutStore } from '../features/checkout/checkout-store.ts';
import { PaymentOutcome } from '../features/checkout/payment-outcome.tsx';
import { SaleProgress } from '../features/checkout/sale-progress.tsx';
import { startSale } from '../features/checkout/start-sale.ts';
import type { ScannedCode } from '../../protocol/scanned-code.ts';
import { formatMoney } from '../lib/i18n/format-money.ts';
import { useT } from '../lib/i18n/use-t.ts';
import { useScreenWakeLock } from '../lib/pwa/use-wake-lock.ts';
import { driveSale } from '../lib/outbox/drive-sale.ts';
import type { SaleWorker } from '../lib/outbox/sale-worker.ts';

const loadScanner = () => import('../features/scanner/scanner-panel.tsx');
const ScannerPanel = lazy(() => loadScanner().then((module) => ({ default: module.ScannerPanel })));

export function CheckoutPage({ worker }: { worker: SaleWorker }) {
  useScreenWakeLock();
  const t = useT();
  const { amount, phase, outTradeNo, startScanning, showSale, cancelScan, newSale } =
    useCheckoutStore();

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
      <h1 className="visually-hidden">{t('nav.checkout')}</h1>
      {phase === 'amount' && <AmountForm onCharge={startScanning} />}
      {phase === 'scanning' && (
        <>
          <p className="charging-amount">
            {t('checkout.charging', { amount: formatMoney(amount, { grouping: false }) })}
          </p>
          <Suspense fallback={<p className="loading">{t('checkout.loadingScanner')}</p>}>
            <ScannerPanel onCode={charge} onClose={cancelScan} />
          </Suspense>
        </>
      )}
      {phase === 'sale' && outTradeNo !== null ? (
        <SaleProgress outTradeNo={outTradeNo} worker={worker} onNewSale={newSale} />
      ) : (
        <PaymentOutcome tone="idle" text="" />
      )}
    </div>
  );
}
