import { addMinor, subtractMinor, type Minor } from '../../../protocol/money.ts';
import type { RefundRow, SaleRow } from '../db/database.ts';
import { insertRefund, refundsOfSale } from '../db/refunds.ts';
import { getSale } from '../db/sales.ts';
import { formatMoney } from '../i18n/format-money.ts';
import { t } from '../i18n/translate.ts';
import { announceOutboxWork } from './outbox-signals.ts';
import { newOutTradeNo } from './out-trade-no.ts';
import type { SaleWorker } from './sale-worker.ts';

/** What is left to refund: the amount less every refund that is not declined (pending too). */
export function refundableOf(sale: SaleRow, refunds: readonly RefundRow[]): Minor {
  const committed = addMinor(
    ...refunds.filter((refund) => refund.state !== 'declined').map((refund) => refund.amount),
  );
  return subtractMinor(sale.amount, committed);
}

export type RefundRequestResult = { ok: true; refund: RefundRow } | { ok: false; message: string };

/**
 * Queues a full or partial refund of a paid sale with its own outRefundNo. It is written before
 * it is sent, like a sale, so it survives going offline and is sent exactly once in effect.
 */
export async function requestRefund(
  outTradeNo: string,
  amount: Minor,
  reason: string | undefined,
  worker: SaleWorker,
): Promise<RefundRequestResult> {
  const sale = await getSale(outTradeNo);
  if (!sale) return { ok: false, message: t('refund.noSale', { outTradeNo }) };
  if (sale.state !== 'paid' && sale.state !== 'forwarded') {
    return {
      ok: false,
      message: t('refund.notPaid', { outTradeNo, state: sale.state }),
    };
  }
  if (!Number.isInteger(amount) || amount < 1) {
    return {
      ok: false,
      message: t('refund.tooSmall', { min: formatMoney(1, { grouping: false }) }),
    };
  }
  const refundable = refundableOf(sale, await refundsOfSale(outTradeNo));
  if (amount > refundable) {
    return {
      ok: false,
      message: t('refund.tooMuch', { amount: formatMoney(refundable, { grouping: false }) }),
    };
  }
  const now = worker.context.now();
  const at = new Date(now).toISOString();
  const refund: RefundRow = {
    outRefundNo: newOutTradeNo(new Date(now)).replace(/^SO/, 'RF'),
    outTradeNo,
    amount,
    ...(reason ? { reason } : {}),
    state: 'created',
    history: [{ state: 'created', at }],
    pending: 1,
    attempts: 0,
    nextAttemptAt: now,
    createdAt: at,
    updatedAt: at,
  };
  await insertRefund(refund);
  announceOutboxWork();
  worker.wake();
  return { ok: true, refund };
}
