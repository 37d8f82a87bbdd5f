import type { SaleRow } from '../db/database.ts';
import { updateSale } from '../db/sales.ts';
import type { PaymentEvent } from '../payment-machine/payment-machine.ts';
import { advanceSale, type EventDetails } from './advance-sale.ts';
import { leasedByOther, withLease } from './lease.ts';
import type { OutboxContext } from './outbox-clock.ts';

export type Applied =
  | { ok: true; row: SaleRow }
  | { ok: false; reason: 'missing' | 'illegal' | 'leased'; message: string; row?: SaleRow };

/**
 * Applies an event to the stored sale in one transaction. Two pages may race on the same sale
 * (a second tab, the replayer); the machine refuses a stale event instead of overwriting a newer
 * state, and `claim` refuses to start work on a sale another live page is working on.
 */
export async function applySaleEvent(
  outTradeNo: string,
  event: PaymentEvent,
  details: EventDetails,
  context: OutboxContext,
  options: { claim?: boolean; keepLease?: boolean } = {},
): Promise<Applied> {
  let refusal: Applied | undefined;
  const result = await updateSale(outTradeNo, (row) => {
    if (options.claim && leasedByOther(row, context.owner, context.now())) {
      refusal = {
        ok: false,
        reason: 'leased',
        message: `Sale ${outTradeNo} is being worked on by another page`,
        row,
      };
      return null;
    }
    const advanced = advanceSale(row, event, details, context, options.keepLease ?? false);
    if (!advanced.ok) {
      refusal = { ok: false, reason: 'illegal', message: advanced.message, row };
      return null;
    }
    return advanced.row;
  });
  if (!result)
    return { ok: false, reason: 'missing', message: `No sale ${outTradeNo} in the journal` };
  if (refusal) return refusal;
  return result.after
    ? { ok: true, row: result.after }
    : { ok: false, reason: 'missing', message: 'unchanged' };
}

/** Takes (or renews) the lease on a sale for this page; false when another page holds it. */
export async function claimSale(
  outTradeNo: string,
  context: OutboxContext,
): Promise<SaleRow | null> {
  let claimed: SaleRow | null = null;
  await updateSale(outTradeNo, (row) => {
    if (leasedByOther(row, context.owner, context.now()) || row.pending !== 1) return null;
    claimed = withLease(row, context.owner, context.now());
    return claimed;
  });
  return claimed;
}

/** Leaves a sale for later after an attempt that changed nothing (an answer that did not fit). */
export async function deferSale(
  outTradeNo: string,
  message: string,
  delayMs: number,
  context: OutboxContext,
): Promise<void> {
  await updateSale(outTradeNo, (row) => ({
    ...row,
    attempts: row.attempts + 1,
    nextAttemptAt: context.now() + delayMs,
    lastError: message,
    leaseOwner: undefined,
    leaseUntil: undefined,
  }));
}
