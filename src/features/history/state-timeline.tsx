import type { RefundRow, SaleRow } from '../../lib/db/database.ts';
import { formatDateTime } from '../../lib/i18n/format-date.ts';
import { useT } from '../../lib/i18n/use-t.ts';

type Step = { at: string; label: string; note?: string | undefined };

/** Every state the sale and its refunds went through, oldest first. */
export function StateTimeline({ sale, refunds }: { sale: SaleRow; refunds: readonly RefundRow[] }) {
  const t = useT();
  const steps: Step[] = [
    ...sale.history.map((change) => ({
      at: change.at,
      label: t(`state.${change.state}`),
      note: change.note,
    })),
    ...refunds.flatMap((refund) =>
      refund.history.map((change) => ({
        at: change.at,
        label: `${t('kind.refund')} ${refund.outRefundNo}: ${t(`refundState.${change.state}`)}`,
        note: change.note,
      })),
    ),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  return (
    <ol className="timeline">
      {steps.map((step, index) => (
        <li key={`${step.at}-${index}`}>
          <time dateTime={step.at}>{formatDateTime(step.at)}</time>
          <span>{step.label}</span>
          {step.note && <span className="timeline-note">{step.note}</span>}
        </li>
      ))}
    </ol>
  );
}
