import { createHash } from 'node:crypto';
import { feeFor, type Currency } from '../../protocol/money.ts';
import type { Provider } from '../../protocol/payment-code.ts';
import type { PaymentFailureCode } from '../../protocol/payments.ts';
import { newTradeNo } from '../ids.ts';
import type { PaymentRecord } from '../store/payments-repo.ts';
import type { Store } from '../store/store.ts';
import { FAILURE_MESSAGES } from './failure-messages.ts';

export type ChargeRequest = {
  merchantId: string;
  terminalId: string;
  outTradeNo: string;
  /** An online code, already routed to `provider`. */
  authCode: string;
  provider: Provider;
  amount: number;
  currency: Currency;
  subject: string | null;
};

export type ChargeResult =
  { kind: 'created' | 'replayed'; payment: PaymentRecord } | { kind: 'mismatch'; fields: string[] };

type Outcome = Pick<
  PaymentRecord,
  'walletId' | 'status' | 'fee' | 'paidAt' | 'failureCode' | 'failureMessage'
>;

/**
 * The pay call (wallet-protocol.md, "Payments"), in one write transaction: the idempotency
 * check, the code's single use and the debit commit together or not at all.
 */
export function charge(store: Store, request: ChargeRequest, now: () => number): ChargeResult {
  const authCodeHash = hashAuthCode(request.authCode);
  return store.transaction((): ChargeResult => {
    const existing = store.payments.find(request.merchantId, request.outTradeNo);
    if (existing) {
      // A retry gets the stored result as it is: the code is not judged again.
      const fields = fingerprintDifferences(existing, request, authCodeHash);
      return fields.length === 0
        ? { kind: 'replayed', payment: existing }
        : { kind: 'mismatch', fields };
    }
    const at = now();
    const payment: PaymentRecord = {
      tradeNo: newTradeNo(at),
      merchantId: request.merchantId,
      outTradeNo: request.outTradeNo,
      terminalId: request.terminalId,
      provider: request.provider,
      amount: request.amount,
      currency: request.currency,
      refundedAmount: 0,
      authCodeHash,
      subject: request.subject,
      createdAt: at,
      ...settle(store, request, at),
    };
    store.payments.insert(payment);
    return { kind: 'created', payment };
  });
}

function settle(store: Store, request: ChargeRequest, at: number): Outcome {
  const code = store.wallets.findCode(request.authCode);
  if (!code) return declined(null, 'CODE_INVALID');
  // A presented code is dead afterwards, whatever the outcome.
  if (code.usedAt === null) store.wallets.markCodeUsed(code.code, at);
  if (at >= code.expiresAt) return declined(code.walletId, 'CODE_EXPIRED');
  if (code.usedAt !== null) return declined(code.walletId, 'CODE_USED');
  // Seam for USERPAYING: amounts that need the customer's confirmation will stop here as a
  // pending payment, and the debit below will move to the confirmation.
  if (!store.wallets.debit(code.walletId, request.amount)) {
    return declined(code.walletId, 'INSUFFICIENT_FUNDS');
  }
  return {
    walletId: code.walletId,
    status: 'SUCCESS',
    fee: feeFor(request.amount),
    paidAt: at,
    failureCode: null,
    failureMessage: null,
  };
}

function declined(walletId: string | null, code: PaymentFailureCode): Outcome {
  return {
    walletId,
    status: 'FAILED',
    fee: 0,
    paidAt: null,
    failureCode: code,
    failureMessage: FAILURE_MESSAGES[code],
  };
}

const FINGERPRINT_FIELDS = ['authCode', 'amount', 'currency', 'subject'] as const;
type Fingerprint = Record<(typeof FINGERPRINT_FIELDS)[number], string | number | null>;

/** The fields of a retry that differ from the stored payment; empty for a true retry. */
function fingerprintDifferences(
  existing: PaymentRecord,
  request: ChargeRequest,
  authCodeHash: string,
): string[] {
  const stored: Fingerprint = { ...existing, authCode: existing.authCodeHash };
  const retried: Fingerprint = { ...request, authCode: authCodeHash };
  return FINGERPRINT_FIELDS.filter((field) => stored[field] !== retried[field]);
}

/** Payments keep only a hash of the code (PRODUCT.md, Security): enough to recognise a retry. */
function hashAuthCode(authCode: string): string {
  return createHash('sha256').update(authCode).digest('hex');
}
