import type { SaleTone } from './describe-sale.ts';

/** The live region that announces every payment outcome (tests read it too). */
export function PaymentOutcome({ tone, text }: { tone: SaleTone | 'idle'; text: string }) {
  return (
    <div role="status" aria-live="polite" className={`outcome outcome-${tone}`}>
      {text}
    </div>
  );
}
