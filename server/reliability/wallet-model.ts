/**
 * A reference model of the wallet's payment, refund, cancel and confirmation rules
 * (wallet-protocol.md and docs/API.md), for the property tests. `step` applies one call to the
 * model and says what the server must answer; `linearize` explains the answers to a batch of
 * concurrent calls as some serial order of them.
 */
import {
  CANCEL_WINDOW_MS,
  CONFIRMATION_THRESHOLD,
  CONFIRMATION_TIMEOUT_MS,
  type Payment,
  type PaymentFailureCode,
  type PaymentStatus,
  type PayRequest,
} from '../../protocol/payments.ts';
import { contractFee, contractFeeReturned } from './model-fees.ts';
import type { Problem, ProblemCode } from '../../protocol/problem.ts';
import type {
  Refund,
  RefundFailureCode,
  RefundRequest,
  RefundStatus,
} from '../../protocol/refunds.ts';
import type { CustomerPayment } from '../../protocol/wallets.ts';
import { PROBLEM_HTTP_STATUS } from './answers.ts';

export type MerchantName = 'A' | 'B';

export type ModelWallet = { balance: number; paymentLimit: number };
export type ModelCode = { walletIndex: number; expiresAt: number; used: boolean };

export type ModelPayment = {
  merchant: MerchantName;
  outTradeNo: string;
  /** Learnt from the first answer that shows the payment. */
  tradeNo: string | null;
  authCode: string;
  amount: number;
  subject: string | null;
  walletIndex: number | null;
  status: PaymentStatus;
  failure: PaymentFailureCode | null;
  fee: number;
  refunded: number;
  feeRefunded: number;
  /** What a cancel gave back (0 if none did). */
  cancelled: number;
  createdAt: number;
  paidAt: number | null;
};

export type ModelRefund = {
  merchant: MerchantName;
  outRefundNo: string;
  outTradeNo: string;
  amount: number;
  reason: string | null;
  status: RefundStatus;
  failure: RefundFailureCode | null;
  fee: number;
  createdAt: number;
};

export type ModelState = {
  now: number;
  wallets: ModelWallet[];
  codes: Record<string, ModelCode>;
  /** By `merchant:outTradeNo`, in creation order. */
  payments: Record<string, ModelPayment>;
  /** By `merchant:outRefundNo`. */
  refunds: Record<string, ModelRefund>;
};

export type Call =
  | { kind: 'pay'; merchant: MerchantName; terminal: number; body: PayRequest }
  | { kind: 'cancel'; merchant: MerchantName; terminal: number; outTradeNo: string }
  | {
      kind: 'refund';
      merchant: MerchantName;
      terminal: number;
      outTradeNo: string;
      body: RefundRequest;
    }
  | { kind: 'query'; merchant: MerchantName; terminal: number; outTradeNo: string }
  | { kind: 'decide'; walletIndex: number; tradeNo: string; decision: 'confirm' | 'reject' };

type PaymentExpectation = {
  key: string;
  tradeNo: string | null;
  status: PaymentStatus;
  failure: PaymentFailureCode | null;
  amount: number;
  fee: number;
  refundedAmount: number;
  createdAt: number;
  paidAt: number | null;
};

export type Expected =
  | { http: 200; kind: 'payment'; payment: PaymentExpectation }
  | { http: 200; kind: 'refund'; refund: ModelRefund }
  | { http: 200; kind: 'customer'; payment: PaymentExpectation }
  | { http: number; kind: 'problem'; code: ProblemCode };

/** A server answer, already checked against its schema. */
export type Observed =
  | { http: number; kind: 'payment'; payment: Payment }
  | { http: number; kind: 'refund'; refund: Refund }
  | { http: number; kind: 'customer'; customer: CustomerPayment }
  | { http: number; kind: 'problem'; problem: Problem };

function problem(code: Exclude<ProblemCode, 'INTERNAL'>): Expected {
  return { http: PROBLEM_HTTP_STATUS[code], kind: 'problem', code };
}

export function paymentKey(merchant: MerchantName, outTradeNo: string): string {
  return `${merchant}:${outTradeNo}`;
}

export function refundKey(merchant: MerchantName, outRefundNo: string): string {
  return `${merchant}:${outRefundNo}`;
}

export function initialState(now: number, balances: readonly number[], limit: number): ModelState {
  return {
    now,
    wallets: balances.map((balance) => ({ balance, paymentLimit: limit })),
    codes: {},
    payments: {},
    refunds: {},
  };
}

/** Moves the clock; USERPAYING payments whose 45 s ran out are closed, as any read would. */
export function advance(state: ModelState, ms: number): void {
  state.now += ms;
  for (const payment of Object.values(state.payments)) {
    if (
      payment.status === 'USERPAYING' &&
      state.now >= payment.createdAt + CONFIRMATION_TIMEOUT_MS
    ) {
      payment.status = 'CLOSED';
      payment.failure = 'PAYMENT_TIMEOUT';
    }
  }
}

function wallet(state: ModelState, index: number): ModelWallet {
  const found = state.wallets[index];
  if (!found) throw new Error(`The model has no wallet ${index}`);
  return found;
}

function paymentView(payment: ModelPayment): PaymentExpectation {
  return {
    key: paymentKey(payment.merchant, payment.outTradeNo),
    tradeNo: payment.tradeNo,
    status: payment.status,
    failure: payment.failure,
    amount: payment.amount,
    fee: payment.fee,
    refundedAmount: payment.refunded,
    createdAt: payment.createdAt,
    paidAt: payment.paidAt,
  };
}

function missing(state: ModelState, merchant: MerchantName, outTradeNo: string): Expected {
  const elsewhere = Object.values(state.payments).some(
    (payment) => payment.outTradeNo === outTradeNo && payment.merchant !== merchant,
  );
  return problem(elsewhere ? 'FORBIDDEN' : 'NOT_FOUND');
}

/** Applies one call to the model (in place) and returns the answer the server must give. */
export function step(state: ModelState, call: Call): Expected {
  switch (call.kind) {
    case 'pay':
      return pay(state, call.merchant, call.body);
    case 'cancel':
      return cancel(state, call.merchant, call.outTradeNo);
    case 'refund':
      return refund(state, call.merchant, call.outTradeNo, call.body);
    case 'query': {
      const payment = state.payments[paymentKey(call.merchant, call.outTradeNo)];
      if (!payment) return missing(state, call.merchant, call.outTradeNo);
      return { http: 200, kind: 'payment', payment: paymentView(payment) };
    }
    case 'decide':
      return decide(state, call.walletIndex, call.tradeNo, call.decision);
  }
}

function pay(state: ModelState, merchant: MerchantName, body: PayRequest): Expected {
  const key = paymentKey(merchant, body.outTradeNo);
  const existing = state.payments[key];
  if (existing) {
    const same =
      existing.authCode === body.authCode &&
      existing.amount === body.amount &&
      existing.subject === (body.subject ?? null);
    if (!same) return problem('IDEMPOTENCY_MISMATCH');
    return { http: 200, kind: 'payment', payment: paymentView(existing) };
  }
  const payment: ModelPayment = {
    merchant,
    outTradeNo: body.outTradeNo,
    tradeNo: null,
    authCode: body.authCode,
    amount: body.amount,
    subject: body.subject ?? null,
    walletIndex: null,
    status: 'FAILED',
    failure: null,
    fee: 0,
    refunded: 0,
    feeRefunded: 0,
    cancelled: 0,
    createdAt: state.now,
    paidAt: null,
  };
  state.payments[key] = payment;
  const code = state.codes[body.authCode];
  if (!code) {
    payment.failure = 'CODE_INVALID';
  } else {
    payment.walletIndex = code.walletIndex;
    const wasUsed = code.used;
    code.used = true;
    if (state.now >= code.expiresAt) payment.failure = 'CODE_EXPIRED';
    else if (wasUsed) payment.failure = 'CODE_USED';
    else if (body.amount > wallet(state, code.walletIndex).paymentLimit) {
      payment.failure = 'LIMIT_EXCEEDED';
    } else if (body.amount > CONFIRMATION_THRESHOLD) {
      payment.status = 'USERPAYING';
    } else {
      collect(state, payment);
    }
  }
  return { http: 200, kind: 'payment', payment: paymentView(payment) };
}

function collect(state: ModelState, payment: ModelPayment): void {
  if (payment.walletIndex === null) throw new Error('Collecting a payment without a wallet');
  const from = wallet(state, payment.walletIndex);
  if (from.balance < payment.amount) {
    payment.status = 'FAILED';
    payment.failure = 'INSUFFICIENT_FUNDS';
    return;
  }
  from.balance -= payment.amount;
  payment.status = 'SUCCESS';
  payment.failure = null;
  payment.fee = contractFee(payment.amount);
  payment.paidAt = state.now;
}

function cancel(state: ModelState, merchant: MerchantName, outTradeNo: string): Expected {
  const payment = state.payments[paymentKey(merchant, outTradeNo)];
  if (!payment) return missing(state, merchant, outTradeNo);
  if (payment.status === 'SUCCESS' || payment.status === 'USERPAYING') {
    if (state.now - payment.createdAt > CANCEL_WINDOW_MS) return problem('CANCEL_WINDOW_CLOSED');
    if (payment.status === 'SUCCESS') {
      if (payment.walletIndex === null) throw new Error('A paid payment without a wallet');
      const back = payment.amount - payment.refunded;
      wallet(state, payment.walletIndex).balance += back;
      payment.cancelled = back;
      payment.refunded = payment.amount;
      payment.feeRefunded = payment.fee;
    }
    payment.status = 'CLOSED';
    payment.failure = null;
  }
  return { http: 200, kind: 'payment', payment: paymentView(payment) };
}

function refund(
  state: ModelState,
  merchant: MerchantName,
  outTradeNo: string,
  body: RefundRequest,
): Expected {
  const key = refundKey(merchant, body.outRefundNo);
  const existing = state.refunds[key];
  if (existing) {
    const same =
      existing.outTradeNo === outTradeNo &&
      existing.amount === body.amount &&
      existing.reason === (body.reason ?? null);
    if (!same) return problem('IDEMPOTENCY_MISMATCH');
    return { http: 200, kind: 'refund', refund: { ...existing } };
  }
  const payment = state.payments[paymentKey(merchant, outTradeNo)];
  if (!payment) return missing(state, merchant, outTradeNo);
  const record: ModelRefund = {
    merchant,
    outRefundNo: body.outRefundNo,
    outTradeNo,
    amount: body.amount,
    reason: body.reason ?? null,
    status: 'FAILED',
    failure: null,
    fee: 0,
    createdAt: state.now,
  };
  if (payment.status !== 'SUCCESS') record.failure = 'PAYMENT_NOT_REFUNDABLE';
  else if (payment.refunded + body.amount > payment.amount) {
    record.failure = 'REFUND_EXCEEDS_PAYMENT';
  } else {
    if (payment.walletIndex === null) throw new Error('A paid payment without a wallet');
    record.status = 'SUCCESS';
    record.fee = contractFeeReturned(payment.refunded, body.amount);
    payment.refunded += body.amount;
    payment.feeRefunded += record.fee;
    wallet(state, payment.walletIndex).balance += body.amount;
  }
  state.refunds[key] = record;
  return { http: 200, kind: 'refund', refund: { ...record } };
}

function decide(
  state: ModelState,
  walletIndex: number,
  tradeNo: string,
  decision: 'confirm' | 'reject',
): Expected {
  const payment = Object.values(state.payments).find((p) => p.tradeNo === tradeNo);
  if (payment?.walletIndex !== walletIndex) return problem('NOT_FOUND');
  if (payment.status !== 'USERPAYING') return problem('NOT_PENDING');
  if (decision === 'confirm') collect(state, payment);
  else {
    payment.status = 'FAILED';
    payment.failure = 'USER_REJECTED';
  }
  return { http: 200, kind: 'customer', payment: paymentView(payment) };
}

/** The in-flight key the server guards a call with (409 IN_PROGRESS for a second holder). */
export function inFlightKey(call: Call): string | null {
  switch (call.kind) {
    case 'pay':
      return `pay:${call.merchant}:${call.body.outTradeNo}`;
    case 'cancel':
      return `pay:${call.merchant}:${call.outTradeNo}`;
    case 'refund':
      return `refund:${call.merchant}:${call.body.outRefundNo}`;
    case 'query':
    case 'decide':
      return null;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Why an answer is not the expected one, or null when it is. Learns new trade numbers. */
export function disagreement(
  state: ModelState,
  expected: Expected,
  observed: Observed,
): string | null {
  if (expected.http !== observed.http) return `HTTP ${observed.http}, expected ${expected.http}`;
  if (expected.kind === 'problem') {
    if (observed.kind !== 'problem') return `a ${observed.kind}, expected a problem`;
    return observed.problem.code === expected.code
      ? null
      : `${observed.problem.code}, expected ${expected.code}`;
  }
  if (expected.kind === 'refund') {
    if (observed.kind !== 'refund') return `a ${observed.kind}, expected a refund`;
    return compareFields(
      {
        outRefundNo: expected.refund.outRefundNo,
        outTradeNo: expected.refund.outTradeNo,
        status: expected.refund.status,
        failure: expected.refund.failure,
        amount: expected.refund.amount,
        createdAt: iso(expected.refund.createdAt),
      },
      { ...observed.refund, failure: observed.refund.failure?.code ?? null },
    );
  }
  const want = expected.payment;
  const payment = Object.values(state.payments).find(
    (p) => paymentKey(p.merchant, p.outTradeNo) === want.key,
  );
  if (!payment) throw new Error(`The model lost payment ${want.key}`);
  const seen =
    observed.kind === 'payment'
      ? { ...observed.payment, failure: observed.payment.failure?.code ?? null }
      : observed.kind === 'customer'
        ? { ...observed.customer, failure: observed.customer.failure?.code ?? null }
        : null;
  if (seen === null || observed.kind !== (expected.kind === 'payment' ? 'payment' : 'customer')) {
    return `a ${observed.kind}, expected a ${expected.kind}`;
  }
  const differs = compareFields(
    {
      status: want.status,
      failure: want.failure,
      amount: want.amount,
      createdAt: iso(want.createdAt),
      ...(want.tradeNo !== null ? { tradeNo: want.tradeNo } : {}),
      ...(observed.kind === 'payment'
        ? {
            fee: want.fee,
            refundedAmount: want.refundedAmount,
            paidAt: want.paidAt === null ? undefined : iso(want.paidAt),
            outTradeNo: payment.outTradeNo,
          }
        : {}),
    },
    seen,
  );
  if (differs === null && payment.tradeNo === null) payment.tradeNo = seen.tradeNo;
  return differs;
}

function compareFields(want: Record<string, unknown>, seen: Record<string, unknown>) {
  const wrong = Object.entries(want).filter(([field, value]) => seen[field] !== value);
  if (wrong.length === 0) return null;
  return wrong
    .map(([field, value]) => `${field} ${JSON.stringify(seen[field])} ≠ ${JSON.stringify(value)}`)
    .join(', ');
}

export type Linearized = { ok: true; state: ModelState } | { ok: false; report: string };

/**
 * Finds a serial order of concurrently sent calls that explains every answer, and returns the
 * model after it. A call may instead have been refused 409 IN_PROGRESS with no effect, but only
 * while another call of the batch held its in-flight key.
 */
export function linearize(
  state: ModelState,
  calls: readonly Call[],
  observed: readonly Observed[],
): Linearized {
  const keys = calls.map(inFlightKey);
  const attempts: string[] = [];
  for (const order of permutations(calls.map((_, index) => index))) {
    for (let mask = 0; mask < 1 << calls.length; mask++) {
      const refused = (index: number) => (mask & (1 << index)) !== 0;
      const holderFor = (index: number) =>
        keys[index] !== null &&
        keys.some((key, other) => other !== index && key === keys[index] && !refused(other));
      if (calls.some((_, index) => refused(index) && !holderFor(index))) continue;
      const candidate = structuredClone(state);
      let failure: string | null = null;
      for (const index of order) {
        const call = calls[index];
        const seen = observed[index];
        if (!call || !seen) throw new Error('calls and answers differ in length');
        const expected = refused(index) ? problem('IN_PROGRESS') : step(candidate, call);
        const why = disagreement(candidate, expected, seen);
        if (why !== null) {
          failure = `call ${index} (${call.kind}): ${why}`;
          break;
        }
      }
      if (failure === null) return { ok: true, state: candidate };
      if (attempts.length < 4) attempts.push(`order ${order.join(',')} mask ${mask}: ${failure}`);
    }
  }
  return {
    ok: false,
    report: [
      'No serial order of these calls explains the answers.',
      `calls: ${JSON.stringify(calls)}`,
      `answers: ${JSON.stringify(observed)}`,
      ...attempts,
    ].join('\n'),
  };
}

function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
      item,
      ...rest,
    ]),
  );
}
