import { lazy, Suspense, useCallback } from 'react';
import { formatAmount } from '../../protocol/money.ts';
import { AmountForm } from '../features/checkout/amount-form.tsx';
import { chargeCode } from '../features/checkout/charge-code.ts';
import { useCheckoutStore } from '../features/checkout/checkout-store.ts';
import { describeOutcome } from '../features/checkout/describe-outcome.ts';
import { PaymentOutcome } from '../features/checkout/payment-outcome.tsx';
import type { ScannedCode } from '../features/scanner/scanner-panel.tsx';
import type { TerminalCredentials } from '../lib/wallet-client/signed-request.ts';

const ScannerPanel = lazy(() =>
  import('../features/scanner/scanner-panel.tsx').then((module) => ({
    default: module.ScannerPanel,
  })),
);

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function CheckoutPage({ credentials }: { credentials: TerminalCredentials }) {
  const { amount, phase, outcome, startScanning, startCharging, showOutcome, cancelScan, newSale } =
    useCheckoutStore();

  const charge = useCallback(
    async (scanned: ScannedCode) => {
      // Marks for the e2e and benchmarks: decode-to-outcome latency, measured in the page.
      performance.mark('saoma:code-accepted');
      startCharging();
      try {
        const result = await chargeCode(
          credentials,
          { amount, ...scanned },
          {
            now: () => new Date(),
            wait,
            onWaitingForCustomer: (payment) =>
              showOutcome(describeOutcome({ kind: 'settled', payment }), false),
          },
        );
        showOutcome(describeOutcome(result), true);
        performance.mark('saoma:outcome-shown');
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        showOutcome({ tone: 'unknown', text: `The sale could not be recorded: ${detail}` }, true);
      }
    },
    [amount, credentials, startCharging, showOutcome],
  );

  return (
    <div className="checkout">
      {phase === 'amount' && <AmountForm onCharge={startScanning} />}
      {phase === 'scanning' && (
        <>
          <p className="charging-amount">
            Charging ¥{formatAmount(amount)}: scan the customer&apos;s code
          </p>
          <Suspense fallback={<p className="loading">Loading the scanner…</p>}>
            <ScannerPanel onCode={(scanned) => void charge(scanned)} onClose={cancelScan} />
          </Suspense>
        </>
      )}
      <PaymentOutcome outcome={outcome} busy={phase === 'charging'} />
      {phase === 'result' && (
        <button type="button" className="primary" onClick={newSale}>
          New sale
        </button>
      )}
    </div>
  );
}
