import type { Ref } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import type { ShareOutcome } from './share-receipt.ts';

/** What Share did, in a live region that stays mounted, and the text to copy by hand if needed. */
export function ShareNote({
  outcome,
  text,
  textRef,
}: {
  outcome: ShareOutcome | null;
  text: string;
  textRef: Ref<HTMLPreElement>;
}) {
  const t = useT();
  return (
    <>
      <p role="status" className="receipt-note">
        {outcome === 'shared' && t('receipt.shared')}
        {outcome === 'copied' && t('receipt.copied')}
        {outcome === 'manual' && t('receipt.copyByHand')}
      </p>
      {outcome === 'manual' && (
        <pre ref={textRef} tabIndex={0} aria-label={t('receipt.text')} className="receipt-text">
          {text}
        </pre>
      )}
    </>
  );
}
