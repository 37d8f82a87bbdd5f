import { feeReturnedByRefund } from '../../protocol/money.ts';
import type { RefundFailureCode, RefundRequest } from '../../protocol/refunds.ts';
import { differingFields } from '../payments/fingerprint.ts';
import { returnEntry } from '../payments/ledger-entries.ts';
import { applyTimeout } from '../payments/timeout.ts';
import type { PaymentRecord } from '../store/payments-repo.ts';
import type { RefundRecord } from '../store/refunds-repo.ts';
import type { Repos, Store } from '../store/store.ts';
import { REFUND_FAILURE_MESSAGES } from './refund-failure-messages.ts';

export type RefundCall = RefundRequest & { merchantId: string; outTradeNo: string };

export type RefundResult =
  | { kind: 'created' | 'replayed'; refund: RefundRecord }
  | { kind: 'mismatch'; fields: string[] }
  | { kind: 'no-payment' };

class DuplicateRefund extends Error {}

/**
 * A refund (wallet-protocol.md, "Refunds"), idempotent by outRefundNo. Refusals are business
 * outcomes, stored and answered like successes: a refund of a payment that is not SUCCESS is
 * FAILED PAYMENT_NOT_REFUNDABLE, one that would take back more than was paid is FAILED
 * REFUND_EXCEEDS_PAYMENT.
 */
export async function refundPayment(
  store: Store,
  call: RefundCall,
  at: number,
): Promise<RefundResult> {
  try {
    return await store.transaction((repos) => refundIn(repos, call, at));
  } catch (error) {
    if (!(error instanceof DuplicateRefund)) throw error;
    return store.transaction(async (repos) => {
      const existing = await repos.refunds.find(call.merchantId, call.outRefundNo);
      if (!existing) throw new Error('A duplicate refund vanished');
      return replay(existing, call);
    });
  }
}

async function refundIn(repos: Repos, call: RefundCall, at: number): Promise<RefundResult> {
  const existing = await repos.refunds.find(call.merchantId, call.outRefundNo);
  if (existing) return replay(existing, call);
  const locked = await repos.payments.lock(call.merchantId, call.outTradeNo);
  if (!locked) return { kind: 'no-payment' };
  const payment = await applyTimeout(repos, locked, at);

  const refusal = refusalFor(payment, call.amount);
  const fee = refusal
    ? 0
    : feeReturnedByRefund(payment.refundedAmount, call.amount, payment.feePpm);
  const refund: RefundRecord = {
    merchantId: call.merchantId,
    outRefundNo: call.outRefundNo,
    tradeNo: payment.tradeNo,
    outTradeNo: payment.outTradeNo,
    status: refusal ? 'FAILED' : 'SUCCESS',
    amount: call.amount,
    fee,
    reason: call.reason ?? null,
    createdAt: at,
    failureCode: refusal,
    failureMessage: refusal ? REFUND_FAILURE_MESSAGES[refusal] : null,
  };
  if (!(await repos.refunds.insertIfAbsent(refund))) throw new DuplicateRefund();
  if (!refusal) {
    if (!(await repos.payments.addRefund(payment.tradeNo, call.amount, fee))) {
      throw new Error(`Payment ${payment.tradeNo} changed under its lock`);
    }
    if (payment.walletId === null) throw new Error(`Paid payment ${payment.tradeNo} has no wallet`);
    await repos.wallets.credit(payment.walletId, call.amount);
    await repos.ledger.insert(
      returnEntry(payment, { type: 'REFUND', outRefundNo: call.outRefundNo }, call.amount, fee, at),
    );
  }
  return { kind: 'created', refund };
}

function refusalFor(payment: PaymentRecord, amount: number): RefundFailureCode | null {
  if (payment.status !== 'SUCCESS') return 'PAYMENT_NOT_REFUNDABLE';
  if (payment.refundedAmount + amount > payment.amount) return 'REFUND_EXCEEDS_PAYMENT';
  return null;
}

function replay(existing: RefundRecord, call: RefundCall): RefundResult {
  const fields = differingFields(existing, { ...call, reason: call.reason ?? null }, [
    'outTradeNo',
    'amount',
    'reason',
  ]);
  return fields.length > 0 ? { kind: 'mismatch', fields } : { kind: 'replayed', refund: existing };
}
