import type { Ref } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import type { SaleTone } from './describe-sale.ts';

/**
 * The live region that announces every payment outcome (tests read it too). It stays mounted
 * for the whole checkout, because screen readers announce changes to a region they already
 * know, not a region that appears with its text. The countdown is a timer inside it, which
 * screen readers do not announce each second.
 */
export function PaymentOutcome({
  tone,
  text,
  secondsLeft,
  ref,
}: {
  tone: SaleTone | 'idle';
  text: string;
  secondsLeft?: number | undefined;
  ref?: Ref<HTMLDivElement>;
}) {
  const t = useT();
  return (
    <div
      ref={ref}
      role="status"
      aria-live="polite"
      tabIndex={-1}
      className={`outcome outcome-${tone}`}
    >
      {text}
      {secondsLeft !== undefined && (
        <>
          {' '}
          <span role="timer" aria-live="off" className="countdown">
            {t('sale.secondsLeft', { seconds: secondsLeft })}
          </span>
        </>
      )}
    </div>
  );
}
