import type { SaleRow } from '../db/database.ts';
import { updateSale } from '../db/sales.ts';
import type { PaymentEvent } from '../payment-machine/payment-machine.ts';
import { advanceSale, type EventDetails } from './advance-sale.ts';
import type { OutboxContext } from './outbox-clock.ts';
import { applyEvent, claimRow, deferRow, type Applied, type OutboxTable } from './outbox-events.ts';

export const SALES: OutboxTable<SaleRow> = { label: 'Sale', update: updateSale };

export function applySaleEvent(
  outTradeNo: string,
  event: PaymentEvent,
  details: EventDetails,
  context: OutboxContext,
  options: { claim?: boolean; keepLease?: boolean } = {},
): Promise<Applied<SaleRow>> {
  return applyEvent(
    SALES,
    outTradeNo,
    (row) => advanceSale(row, event, details, context, options.keepLease ?? false),
    context,
    options.claim ?? false,
  );
}

export function claimSale(outTradeNo: string, context: OutboxContext): Promise<SaleRow | null> {
  return claimRow(SALES, outTradeNo, context);
}

export function deferSale(
  outTradeNo: string,
  message: string,
  delayMs: number,
  context: OutboxContext,
): Promise<void> {
  return deferRow(SALES, outTradeNo, message, delayMs, context);
}
