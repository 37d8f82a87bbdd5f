import { maskPaymentCode } from '../../../protocol/payment-code.ts';
import type { Payment } from '../../../protocol/payments.ts';
import { db, type SaleRow } from './database.ts';

export type NewSale = Pick<
  SaleRow,
  'outTradeNo' | 'amount' | 'currency' | 'provider' | 'authCode' | 'authCodeHash'
>;

/** Records the sale durably before the pay call is made. */
export async function recordSaleIntent(sale: NewSale, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', db.sales, async () => {
    await db.sales.add({ ...sale, state: 'sending', createdAt: at, updatedAt: at });
  });
}

/** The wallet answered: store its outcome, and mask the code once the sale is final. */
export async function recordSaleOutcome(payment: Payment, now: Date): Promise<void> {
  const final = payment.status !== 'USERPAYING';
  await db.transaction('rw', db.sales, async () => {
    const sale = await db.sales.get(payment.outTradeNo);
    if (!sale) throw new Error(`No local sale ${payment.outTradeNo}`);
    await db.sales.put({
      ...sale,
      state: final ? 'final' : 'unknown',
      status: payment.status,
      failure: payment.failure,
      tradeNo: payment.tradeNo,
      fee: payment.fee,
      authCode: final ? maskPaymentCode(sale.authCode) : sale.authCode,
      updatedAt: now.toISOString(),
    });
  });
}

/** The call failed without an answer: the outcome is unknown until queried. */
export async function recordSaleUnknown(outTradeNo: string, now: Date): Promise<void> {
  await db.sales.update(outTradeNo, { state: 'unknown', updatedAt: now.toISOString() });
}

/** The wallet refused the request itself (a problem+json error): it changed nothing there. */
export async function recordSaleRejected(
  outTradeNo: string,
  rejection: { code: string; detail: string },
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.sales, async () => {
    const sale = await db.sales.get(outTradeNo);
    if (!sale) throw new Error(`No local sale ${outTradeNo}`);
    await db.sales.put({
      ...sale,
      state: 'final',
      rejection,
      authCode: maskPaymentCode(sale.authCode),
      updatedAt: now.toISOString(),
    });
  });
}
