import type { CheckoutOutcome } from './checkout-store.ts';

/** The live region that announces every payment outcome (tests read it too). */
export function PaymentOutcome({
  outcome,
  busy,
}: {
  outcome: CheckoutOutcome | null;
  busy: boolean;
}) {
  const text = busy && !outcome ? 'Charging…' : (outcome?.text ?? '');
  return (
    <div role="status" aria-live="polite" className={`outcome outcome-${outcome?.tone ?? 'idle'}`}>
      {text}
    </div>
  );
}
