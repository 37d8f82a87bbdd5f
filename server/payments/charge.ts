import type { Currency } from '../../protocol/money.ts';
import { CONFIRMATION_THRESHOLD } from '../../protocol/payments.ts';
import type { CodeHasher } from '../code-hash/code-hasher.ts';
import { newTradeNo } from '../ids.ts';
import { judgeOfflineCode } from '../offline/judge-offline-code.ts';
import type { PaymentOutcome, PaymentRecord } from '../store/payments-repo.ts';
import type { Repos, Store } from '../store/store.ts';
import type { CodeJudgement } from './code-judgement.ts';
import { collect } from './collect-payment.ts';
import type { FeeSchedule } from './fee-schedule.ts';
import { differingFields } from './fingerprint.ts';
import { judgeOnlineCode } from './judge-online-code.ts';
import { paymentEntry } from './ledger-entries.ts';
import { declined } from './outcomes.ts';
import { providerOf, type PresentedCode } from './presented-code.ts';
import { applyTimeout } from './timeout.ts';

export type ChargeRequest = {
  merchantId: string;
  terminalId: string;
  outTradeNo: string;
  presented: PresentedCode;
  /** The code's text as sent, for the idempotency fingerprint. */
  authCode: string;
  amount: number;
  currency: Currency;
  subject: string | null;
  offline: boolean;
  capturedAt: number | null;
};

export type ChargeOptions = {
  now: () => number;
  fees: FeeSchedule;
  /**
   * Fault injection: whether a payment that would be collected at once must wait for the
   * customer instead. Asked only then, so each yes is a payment the fault forced to USERPAYING.
   */
  forceConfirmation: () => boolean;
  /** Payments keep a keyed hash of the code (docs/SECURITY.md): enough to know a retry. */
  codeHash: CodeHasher;
};

export type ChargeResult =
  { kind: 'created' | 'replayed'; payment: PaymentRecord } | { kind: 'mismatch'; fields: string[] };

/** Another process inserted the same (merchant, outTradeNo) first: roll back and replay it. */
class DuplicateTrade extends Error {}

/**
 * The pay call (wallet-protocol.md, "Payments"), in one transaction: the idempotency check, the
 * code's single use, the debit and the ledger line commit together or not at all.
 */
export async function charge(
  store: Store,
  request: ChargeRequest,
  options: ChargeOptions,
): Promise<ChargeResult> {
  const authCodeHash = options.codeHash.hash(request.authCode);
  try {
    return await store.transaction((repos) => chargeIn(repos, request, authCodeHash, options));
  } catch (error) {
    if (!(error instanceof DuplicateTrade)) throw error;
    return store.transaction(async (repos) => {
      const existing = await repos.payments.find(request.merchantId, request.outTradeNo);
      if (!existing) throw new Error('A duplicate payment vanished');
      return replay(repos, existing, request, options);
    });
  }
}

async function chargeIn(
  repos: Repos,
  request: ChargeRequest,
  authCodeHash: string,
  options: ChargeOptions,
): Promise<ChargeResult> {
  const at = options.now();
  const existing = await repos.payments.find(request.merchantId, request.outTradeNo);
  if (existing) return replay(repos, existing, request, options);

  const tradeNo = newTradeNo(at);
  const provider = providerOf(request.presented);
  const feePpm = options.fees[provider];
  const judgement: CodeJudgement =
    request.presented.kind === 'online'
      ? await judgeOnlineCode(repos, options.codeHash.hash(request.presented.code), at)
      : await judgeOfflineCode(repos, request.presented, tradeNo, request.amount, at);
  const outcome = await decide(repos, judgement, request, feePpm, at, options.forceConfirmation);
  const payment: PaymentRecord = {
    tradeNo,
    merchantId: request.merchantId,
    outTradeNo: request.outTradeNo,
    terminalId: request.terminalId,
    provider,
    amount: request.amount,
    currency: request.currency,
    feePpm,
    refundedAmount: 0,
    refundedFee: 0,
    authCodeHash,
    subject: request.subject,
    offline: request.offline,
    capturedAt: request.capturedAt,
    createdAt: at,
    ...outcome,
  };
  if (!(await repos.payments.insertIfAbsent(payment))) throw new DuplicateTrade();
  if (payment.status === 'SUCCESS') await repos.ledger.insert(paymentEntry(payment, at));
  return { kind: 'created', payment };
}

async function decide(
  repos: Repos,
  judgement: CodeJudgement,
  request: ChargeRequest,
  feePpm: number,
  at: number,
  forceConfirmation: () => boolean,
): Promise<PaymentOutcome> {
  if (!judgement.ok) {
    const outcome = declined(judgement.walletId, judgement.failure, at);
    return judgement.message === undefined
      ? outcome
      : { ...outcome, failureMessage: judgement.message };
  }
  const { walletId } = judgement;
  const wallet = await repos.wallets.find(walletId);
  if (!wallet) throw new Error(`A code points at an unknown wallet ${walletId}`);
  if (request.amount > wallet.paymentLimit) return declined(walletId, 'LIMIT_EXCEEDED', at);
  // A forwarded offline sale cannot wait for a customer who has long left the shop.
  const needsConfirmation =
    request.presented.kind === 'online' &&
    (request.amount > CONFIRMATION_THRESHOLD || forceConfirmation());
  if (needsConfirmation) {
    return {
      walletId,
      status: 'USERPAYING',
      fee: 0,
      paidAt: null,
      closedAt: null,
      failureCode: null,
      failureMessage: null,
    };
  }
  return collect(repos, { amount: request.amount, feePpm }, walletId, at);
}

/** A retry gets the payment as it stands now; the code is not judged again. */
async function replay(
  repos: Repos,
  existing: PaymentRecord,
  request: ChargeRequest,
  options: ChargeOptions,
): Promise<ChargeResult> {
  const sameCode = options.codeHash.matches(existing.authCodeHash, request.authCode);
  const fields = differingFields(
    { ...existing, authCode: true },
    { ...request, authCode: sameCode },
    ['authCode', 'amount', 'currency', 'subject', 'offline'],
  );
  if (fields.length > 0) return { kind: 'mismatch', fields };
  return { kind: 'replayed', payment: await applyTimeout(repos, existing, options.now()) };
}
