/**
 * Model-based property test of the wallet's money rules. Each run drives one in-process server
 * (SQLite in memory, or a PostgreSQL schema with TEST_DATABASE_URL) through a random sequence of
 * pays, customer decisions, cancels, refunds, retries, concurrent duplicates and races, and
 * clock moves, checking every answer against wallet-model.ts and the books after every step.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PAYMENT_AMOUNT } from '../../protocol/money.ts';
import { ONLINE_CODE_TTL_MS, PROVIDERS, type Provider } from '../../protocol/payment-code.ts';
import { apiPaths } from '../../protocol/paths.ts';
import {
  CANCEL_WINDOW_MS,
  CONFIRMATION_THRESHOLD,
  CONFIRMATION_TIMEOUT_MS,
  type PaymentStatus,
  type PayRequest,
} from '../../protocol/payments.ts';
import { SettlementSchema, type SettlementLine } from '../../protocol/settlements.ts';
import { DEFAULT_PAYMENT_LIMIT, type WalletCreated } from '../../protocol/wallets.ts';
import {
  createHarness,
  TEST_START,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';
import { TEST_DATABASE_URL } from '../test-support/test-store.ts';
import { readAnswer } from './answers.ts';
import {
  advance,
  disagreement,
  initialState,
  linearize,
  paymentKey,
  step,
  type Call,
  type MerchantName,
  type ModelPayment,
  type ModelState,
  type Observed,
} from './wallet-model.ts';

/** PROPERTY_RUNS=2000 (for example) runs a longer search; PROPERTY_SEED replays a failure. */
const ENGINE = TEST_DATABASE_URL === undefined ? 'SQLite' : 'PostgreSQL';
// Each PostgreSQL run makes a schema and commits durably: about ten times the cost of SQLite.
const NUM_RUNS = integerFrom(process.env.PROPERTY_RUNS) ?? (ENGINE === 'SQLite' ? 200 : 100);
const SEED = integerFrom(process.env.PROPERTY_SEED);
const MIN_COMMANDS = 5;
const MAX_COMMANDS = 30;
const TIMEOUT_MS = Math.max(120_000, NUM_RUNS * 1_000);

function integerFrom(text: string | undefined): number | undefined {
  return text !== undefined && /^-?\d{1,10}$/.test(text) ? Number(text) : undefined;
}

/** Terminals 0 and 1 belong to merchant A, terminal 2 to merchant B. */
const MERCHANT_OF: readonly MerchantName[] = ['A', 'A', 'B'];
const HOME_TERMINAL: Record<MerchantName, number> = { A: 0, B: 2 };
const OTHER: Record<MerchantName, MerchantName> = { A: 'B', B: 'A' };
const UNKNOWN_TRADE_NO = '2026112100000000000000000000';

type RaceKind = 'cancel' | 'confirm' | 'reject' | 'refundFull' | 'refundPart' | 'repay' | 'query';
type RetryChange = 'none' | 'amount' | 'authCode' | 'subject' | 'reason' | 'target';

type Op =
  | {
      t: 'pay';
      terminal: number;
      wallet: number;
      amount: number;
      code: 'fresh' | 'reused' | 'expired' | 'unknown';
      provider: Provider;
      subject: string | null;
      sharedNo: boolean;
      lateBy: number;
      pick: number;
      copies: number;
    }
  | { t: 'retry'; pick: number; change: RetryChange; otherTill: boolean; copies: number }
  | {
      t: 'decide';
      pick: number;
      focus: boolean;
      decision: 'confirm' | 'reject';
      wrongWallet: boolean;
      copies: number;
    }
  | { t: 'cancel'; pick: number; focus: boolean; foreign: boolean; copies: number }
  | {
      t: 'refund';
      pick: number;
      focus: boolean;
      size: 'full' | 'partial' | 'over' | 'one';
      fraction: number;
      reason: string | null;
      foreign: boolean;
      copies: number;
    }
  | { t: 'query'; pick: number; foreign: boolean }
  | { t: 'race'; pick: number; focus: boolean; a: RaceKind; b: RaceKind }
  | { t: 'advance'; ms: number }
  | { t: 'settle' };

const pickArb = fc.nat({ max: 10_000 });
const focusArb = fc.constantFrom(true, true, true, false);
const copiesArb = fc.oneof(
  { arbitrary: fc.constant(1), weight: 3 },
  { arbitrary: fc.integer({ min: 2, max: 3 }), weight: 2 },
);
const amountArb = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: CONFIRMATION_THRESHOLD }), weight: 5 },
  { arbitrary: fc.integer({ min: CONFIRMATION_THRESHOLD + 1, max: 2_000_000 }), weight: 3 },
  { arbitrary: fc.constantFrom(1, CONFIRMATION_THRESHOLD, CONFIRMATION_THRESHOLD + 1), weight: 1 },
  {
    arbitrary: fc.integer({ min: DEFAULT_PAYMENT_LIMIT + 1, max: MAX_PAYMENT_AMOUNT }),
    weight: 1,
  },
);
const raceArb = fc.constantFrom<RaceKind>(
  'cancel',
  'confirm',
  'reject',
  'refundFull',
  'refundPart',
  'repay',
  'query',
);

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      t: fc.constant('pay' as const),
      terminal: fc.constantFrom(0, 0, 1, 2),
      wallet: fc.nat({ max: 2 }),
      amount: amountArb,
      code: fc.constantFrom(
        ...(['fresh', 'fresh', 'fresh', 'fresh', 'reused', 'expired', 'unknown'] as const),
      ),
      provider: fc.constantFrom(...PROVIDERS),
      subject: fc.option(fc.constantFrom('Coffee', 'Tea')),
      sharedNo: fc.boolean(),
      lateBy: fc.nat({ max: 5_000 }),
      pick: pickArb,
      copies: copiesArb,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('retry' as const),
      pick: pickArb,
      change: fc.constantFrom<RetryChange>(
        'none',
        'none',
        'amount',
        'authCode',
        'subject',
        'reason',
        'target',
      ),
      otherTill: fc.boolean(),
      copies: copiesArb,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('decide' as const),
      pick: pickArb,
      focus: focusArb,
      decision: fc.constantFrom(...(['confirm', 'confirm', 'reject'] as const)),
      wrongWallet: fc.constantFrom(false, false, false, false, false, false, true),
      copies: copiesArb,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('cancel' as const),
      pick: pickArb,
      focus: focusArb,
      foreign: fc.constantFrom(false, false, false, false, true),
      copies: copiesArb,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('refund' as const),
      pick: pickArb,
      focus: focusArb,
      size: fc.constantFrom(...(['full', 'partial', 'partial', 'over', 'one'] as const)),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      reason: fc.option(fc.constantFrom('damaged', 'wrong size')),
      foreign: fc.constantFrom(false, false, false, false, true),
      copies: copiesArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('query' as const),
      pick: pickArb,
      foreign: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('race' as const),
      pick: pickArb,
      focus: focusArb,
      a: raceArb,
      b: raceArb,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('advance' as const),
      ms: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 10_000 }), weight: 4 },
        {
          arbitrary: fc.constantFrom(
            CONFIRMATION_TIMEOUT_MS - 1,
            CONFIRMATION_TIMEOUT_MS,
            ONLINE_CODE_TTL_MS,
            ONLINE_CODE_TTL_MS + 1,
          ),
          weight: 3,
        },
        { arbitrary: fc.constant(CANCEL_WINDOW_MS + 1), weight: 1 },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ t: 'settle' as const }) },
);

const scenarioArb = fc.record({
  balances: fc.tuple(
    fc.integer({ min: 0, max: 3_000_000 }),
    fc.integer({ min: 0, max: 3_000_000 }),
    fc.integer({ min: 0, max: 3_000_000 }),
  ),
  ops: fc.array(opArb, { minLength: MIN_COMMANDS, maxLength: MAX_COMMANDS }),
});

type World = {
  h: Harness;
  terminals: TestTerminal[];
  wallets: WalletCreated[];
  model: ModelState;
  /** Every distinct call sent, for retries. */
  sent: Call[];
  counter: number;
  initialTotal: number;
};

const totals = { runs: 0, commands: 0, requests: 0, concurrentBatches: 0 };
/** How often each kind of answer came back, to show what the runs covered. */
const outcomes = new Map<string, number>();

function outcomeOf(call: Call, answer: Observed): string {
  const result =
    answer.kind === 'problem'
      ? { status: answer.problem.code, failure: undefined }
      : answer.kind === 'payment'
        ? answer.payment
        : answer.kind === 'refund'
          ? answer.refund
          : answer.customer;
  return [call.kind, result.status, result.failure?.code].filter(Boolean).join(' ');
}

async function setUp(balances: readonly number[]): Promise<World> {
  const h = await createHarness({ demo: false });
  await h.store.transaction((r) =>
    r.merchants.insertMerchant({ id: 'm_other', name: 'Other shop' }, false, h.now()),
  );
  const terminals = [
    await h.createTerminal(),
    await h.createTerminal(),
    await h.createTerminal('m_other'),
  ];
  const wallets: WalletCreated[] = [];
  for (const balance of balances) wallets.push(await h.createWallet(balance));
  const initialTotal = await h.store.transaction((r) => r.wallets.totalBalance());
  return {
    h,
    terminals,
    wallets,
    model: initialState(h.now(), balances, DEFAULT_PAYMENT_LIMIT),
    sent: [],
    counter: 0,
    initialTotal,
  };
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`No item ${index}`);
  return item;
}

function fresh(world: World, prefix: string): string {
  world.counter += 1;
  return `${prefix}${world.counter}`;
}

function moveClock(world: World, ms: number): void {
  world.h.advance(ms);
  advance(world.model, ms);
}

async function issue(world: World, walletIndex: number, provider: Provider): Promise<string> {
  totals.requests += 1;
  const code = await world.h.issueCode(at(world.wallets, walletIndex), provider);
  world.model.codes[code] = {
    walletIndex,
    expiresAt: world.model.now + ONLINE_CODE_TTL_MS,
    used: false,
  };
  return code;
}

function payments(world: World): ModelPayment[] {
  return Object.values(world.model.payments);
}

/**
 * The payment an op works on: one in a status where the op does something (most of the time),
 * or any payment. `pick` chooses among them, so that shrinking keeps the same target.
 */
function target(
  world: World,
  pick: number,
  focus: readonly PaymentStatus[] | null,
): ModelPayment | undefined {
  const all = payments(world);
  const focused = focus === null ? [] : all.filter((p) => focus.includes(p.status));
  const list = focused.length > 0 ? focused : all;
  return list.length === 0 ? undefined : list[pick % list.length];
}

function payBodyOf(payment: ModelPayment): PayRequest {
  return {
    outTradeNo: payment.outTradeNo,
    authCode: payment.authCode,
    amount: payment.amount,
    currency: 'CNY',
    ...(payment.subject !== null ? { subject: payment.subject } : {}),
  };
}

function refundCall(
  world: World,
  payment: ModelPayment | undefined,
  amount: number,
  foreign: boolean,
  reason: string | null,
): Call {
  const owner = payment?.merchant ?? 'A';
  const merchant = foreign ? OTHER[owner] : owner;
  return {
    kind: 'refund',
    merchant,
    terminal: HOME_TERMINAL[merchant],
    outTradeNo: payment?.outTradeNo ?? 'missing-payment',
    body: {
      outRefundNo: fresh(world, 'r'),
      amount: Math.min(Math.max(amount, 1), MAX_PAYMENT_AMOUNT),
      ...(reason !== null ? { reason } : {}),
    },
  };
}

function remaining(payment: ModelPayment | undefined): number {
  return payment === undefined ? 1 : payment.amount - payment.refunded;
}

async function send(world: World, call: Call): Promise<Observed> {
  totals.requests += 1;
  const { h } = world;
  switch (call.kind) {
    case 'pay':
      return readAnswer(await h.pay(at(world.terminals, call.terminal), call.body), 'payment');
    case 'cancel':
      return readAnswer(
        await h.signed(
          at(world.terminals, call.terminal),
          'POST',
          apiPaths.paymentCancel(call.outTradeNo),
        ),
        'payment',
      );
    case 'refund':
      return readAnswer(
        await h.signed(
          at(world.terminals, call.terminal),
          'POST',
          apiPaths.paymentRefunds(call.outTradeNo),
          call.body,
        ),
        'refund',
      );
    case 'query':
      return readAnswer(
        await h.signed(
          at(world.terminals, call.terminal),
          'GET',
          apiPaths.payment(call.outTradeNo),
        ),
        'payment',
      );
    case 'decide': {
      const wallet = at(world.wallets, call.walletIndex);
      return readAnswer(
        await h.request(
          'POST',
          apiPaths.walletPendingDecision(wallet.walletId, call.tradeNo, call.decision),
          { token: wallet.token },
        ),
        'customer',
      );
    }
  }
}

/** Sends the calls at once and checks that some serial order of them explains the answers. */
async function runBatch(world: World, calls: Call[]): Promise<void> {
  if (calls.length > 1) totals.concurrentBatches += 1;
  const observed = await Promise.all(calls.map((call) => send(world, call)));
  calls.forEach((call, index) => {
    const answer = observed[index];
    if (answer) {
      const outcome = outcomeOf(call, answer);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
  });
  const result = linearize(world.model, calls, observed);
  if (!result.ok) throw new Error(result.report);
  world.model = result.state;
  for (const call of calls) if (!world.sent.includes(call)) world.sent.push(call);
  await checkBooks(world);
}

/** One query at a time: a transaction's connection runs its queries in order. */
async function inOrder<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await fn(item));
  return results;
}

async function checkBooks(world: World): Promise<void> {
  const books = await world.h.store.transaction(async (r) => ({
    total: await r.wallets.totalBalance(),
    ledger: await r.ledger.totals(),
    balances: await inOrder(world.wallets, (w) => r.wallets.find(w.walletId)),
  }));
  const { total, ledger } = books;
  expect(total + ledger.received - ledger.returned, 'money is conserved').toBe(world.initialTotal);
  expect(ledger.feesReturned).toBeGreaterThanOrEqual(0);
  expect(ledger.feesReturned, 'fees returned never exceed fees').toBeLessThanOrEqual(ledger.fees);
  books.balances.forEach((wallet, index) => {
    expect(wallet?.balance, `wallet ${index} balance`).toBeGreaterThanOrEqual(0);
    expect(wallet?.balance, `wallet ${index} as the model has it`).toBe(
      at(world.model.wallets, index).balance,
    );
  });
}

function retried(world: World, original: Call, change: RetryChange, otherTill: boolean): Call {
  const terminal =
    'terminal' in original && otherTill && MERCHANT_OF[original.terminal] === 'A'
      ? 1 - original.terminal
      : undefined;
  const call = terminal === undefined ? original : { ...original, terminal };
  if (call.kind === 'pay') {
    const body = call.body;
    if (change === 'amount') {
      const amount = body.amount < MAX_PAYMENT_AMOUNT ? body.amount + 1 : body.amount - 1;
      return { ...call, body: { ...body, amount } };
    }
    if (change === 'subject') return { ...call, body: { ...body, subject: 'Changed' } };
    return call;
  }
  if (call.kind === 'refund') {
    const body = call.body;
    if (change === 'amount') {
      const amount = body.amount < MAX_PAYMENT_AMOUNT ? body.amount + 1 : body.amount - 1;
      return { ...call, body: { ...body, amount } };
    }
    if (change === 'reason') return { ...call, body: { ...body, reason: 'changed mind' } };
    if (change === 'target') {
      const other = payments(world).find(
        (p) => p.merchant === call.merchant && p.outTradeNo !== call.outTradeNo,
      );
      return { ...call, outTradeNo: other?.outTradeNo ?? 'missing-other' };
    }
  }
  return call;
}

function raceCall(world: World, payment: ModelPayment, kind: RaceKind): Call {
  const terminal = HOME_TERMINAL[payment.merchant];
  switch (kind) {
    case 'cancel':
      return {
        kind: 'cancel',
        merchant: payment.merchant,
        terminal,
        outTradeNo: payment.outTradeNo,
      };
    case 'confirm':
    case 'reject':
      return {
        kind: 'decide',
        walletIndex: payment.walletIndex ?? 0,
        tradeNo: payment.tradeNo ?? UNKNOWN_TRADE_NO,
        decision: kind,
      };
    case 'refundFull':
      return refundCall(world, payment, remaining(payment), false, null);
    case 'refundPart':
      return refundCall(world, payment, Math.floor(remaining(payment) / 2), false, null);
    case 'repay':
      return { kind: 'pay', merchant: payment.merchant, terminal, body: payBodyOf(payment) };
    case 'query':
      return {
        kind: 'query',
        merchant: payment.merchant,
        terminal,
        outTradeNo: payment.outTradeNo,
      };
  }
}

function copies(call: Call, count: number): Call[] {
  return Array.from({ length: count }, () => call);
}

async function perform(world: World, op: Op): Promise<void> {
  totals.commands += 1;
  switch (op.t) {
    case 'pay': {
      const merchant = at(MERCHANT_OF, op.terminal);
      const shared =
        op.sharedNo && merchant === 'B'
          ? payments(world).find(
              (p) =>
                p.merchant === 'A' &&
                world.model.payments[paymentKey('B', p.outTradeNo)] === undefined,
            )
          : undefined;
      const outTradeNo = shared?.outTradeNo ?? fresh(world, 'o');
      let authCode: string;
      const used = Object.keys(world.model.codes);
      if (op.code === 'unknown') authCode = `30${String(op.pick).padStart(16, '0')}`;
      else if (op.code === 'reused' && used.length > 0) authCode = at(used, op.pick % used.length);
      else {
        authCode = await issue(world, op.wallet, op.provider);
        if (op.code === 'expired') moveClock(world, ONLINE_CODE_TTL_MS + op.lateBy);
      }
      const body: PayRequest = {
        outTradeNo,
        authCode,
        amount: op.amount,
        currency: 'CNY',
        ...(op.subject !== null ? { subject: op.subject } : {}),
      };
      await runBatch(
        world,
        copies({ kind: 'pay', merchant, terminal: op.terminal, body }, op.copies),
      );
      return;
    }
    case 'retry': {
      if (world.sent.length === 0) return;
      const original = at(world.sent, op.pick % world.sent.length);
      let call = retried(world, original, op.change, op.otherTill);
      if (op.change === 'authCode' && call.kind === 'pay') {
        const walletIndex = world.model.codes[call.body.authCode]?.walletIndex ?? 0;
        call = {
          ...call,
          body: { ...call.body, authCode: await issue(world, walletIndex, 'wechat') },
        };
      }
      await runBatch(world, copies(call, op.copies));
      return;
    }
    case 'decide': {
      const payment = target(world, op.pick, op.focus ? ['USERPAYING'] : null);
      const owner = payment?.walletIndex ?? 0;
      const call: Call = {
        kind: 'decide',
        walletIndex: op.wrongWallet ? (owner + 1) % world.wallets.length : owner,
        tradeNo: payment?.tradeNo ?? UNKNOWN_TRADE_NO,
        decision: op.decision,
      };
      await runBatch(world, copies(call, op.copies));
      return;
    }
    case 'cancel': {
      const payment = target(world, op.pick, op.focus ? ['SUCCESS', 'USERPAYING'] : null);
      const owner = payment?.merchant ?? 'A';
      const merchant = op.foreign ? OTHER[owner] : owner;
      const call: Call = {
        kind: 'cancel',
        merchant,
        terminal: HOME_TERMINAL[merchant],
        outTradeNo: payment?.outTradeNo ?? 'missing-payment',
      };
      await runBatch(world, copies(call, op.copies));
      return;
    }
    case 'refund': {
      const payment = target(world, op.pick, op.focus ? ['SUCCESS'] : null);
      const left = remaining(payment);
      const amount = {
        full: left,
        partial: 1 + Math.floor(op.fraction * Math.max(left - 1, 0)),
        over: left + 1 + Math.floor(op.fraction * 1000),
        one: 1,
      }[op.size];
      const call = refundCall(world, payment, amount, op.foreign, op.reason);
      await runBatch(world, copies(call, op.copies));
      return;
    }
    case 'query': {
      const payment = target(world, op.pick, null);
      const owner = payment?.merchant ?? 'A';
      const merchant = op.foreign ? OTHER[owner] : owner;
      await runBatch(world, [
        {
          kind: 'query',
          merchant,
          terminal: HOME_TERMINAL[merchant],
          outTradeNo: payment?.outTradeNo ?? 'missing-payment',
        },
      ]);
      return;
    }
    case 'race': {
      const payment = target(world, op.pick, op.focus ? ['SUCCESS', 'USERPAYING'] : null);
      if (!payment) return;
      await runBatch(world, [raceCall(world, payment, op.a), raceCall(world, payment, op.b)]);
      return;
    }
    case 'advance':
      moveClock(world, op.ms);
      return;
    case 'settle':
      await checkSettlements(world);
      return;
  }
}

function utcDays(from: number, to: number): string[] {
  const days: string[] = [];
  const DAY = 24 * 60 * 60_000;
  for (let day = Math.floor(from / DAY); day <= Math.floor(to / DAY); day++) {
    days.push(new Date(day * DAY).toISOString().slice(0, 10));
  }
  return days;
}

function sum(lines: readonly { amount: number }[]): number {
  return lines.reduce((total, line) => total + line.amount, 0);
}

/** Each statement adds up, and the statements agree with the model and the ledger. */
async function checkSettlements(world: World): Promise<void> {
  const all: SettlementLine[] = [];
  for (const merchant of ['A', 'B'] as const) {
    const lines: SettlementLine[] = [];
    for (const date of utcDays(TEST_START, world.model.now)) {
      totals.requests += 1;
      const response = await world.h.signed(
        at(world.terminals, HOME_TERMINAL[merchant]),
        'GET',
        apiPaths.settlement(date),
      );
      expect(response.status, `settlement ${date}`).toBe(200);
      const statement = SettlementSchema.parse(await response.json());
      const payments = statement.lines.filter((line) => line.type === 'PAYMENT');
      const returns = statement.lines.filter((line) => line.type !== 'PAYMENT');
      const gross = sum(payments);
      const refunds = sum(returns);
      const fees =
        payments.reduce((total, line) => total + line.fee, 0) -
        returns.reduce((total, line) => total + line.fee, 0);
      expect(statement.totals, `totals of ${merchant} ${date}`).toEqual({
        gross,
        refunds,
        fees,
        net: gross - refunds - fees,
        count: payments.length,
      });
      for (const line of statement.lines) expect(line.at.slice(0, 10)).toBe(date);
      lines.push(...statement.lines);
    }
    checkLines(world, merchant, lines);
    all.push(...lines);
  }
  const ledger = await world.h.store.transaction((r) => r.ledger.totals());
  const paid = all.filter((line) => line.type === 'PAYMENT');
  const returned = all.filter((line) => line.type !== 'PAYMENT');
  expect({
    received: sum(paid),
    returned: sum(returned),
    fees: paid.reduce((total, line) => total + line.fee, 0),
    feesReturned: returned.reduce((total, line) => total + line.fee, 0),
  }).toEqual(ledger);
}

function checkLines(world: World, merchant: MerchantName, lines: readonly SettlementLine[]): void {
  const mine = payments(world).filter((p) => p.merchant === merchant);
  const known = new Set(mine.map((p) => p.outTradeNo));
  for (const line of lines) expect(known.has(line.outTradeNo), line.outTradeNo).toBe(true);
  const refundNos = lines.flatMap((line) => (line.outRefundNo ? [line.outRefundNo] : []));
  expect(new Set(refundNos).size, 'one line per outRefundNo').toBe(refundNos.length);
  for (const payment of mine) {
    const of = lines.filter((line) => line.outTradeNo === payment.outTradeNo);
    const paid = of.filter((line) => line.type === 'PAYMENT');
    const refunded = of.filter((line) => line.type === 'REFUND');
    const cancelled = of.filter((line) => line.type === 'CANCEL');
    const label = `${merchant}:${payment.outTradeNo}`;
    expect(paid.length, `${label} PAYMENT lines`).toBe(payment.paidAt === null ? 0 : 1);
    expect(sum(paid), `${label} paid`).toBe(payment.paidAt === null ? 0 : payment.amount);
    expect(paid.reduce((total, line) => total + line.fee, 0)).toBe(payment.fee);
    expect(cancelled.length, `${label} CANCEL lines`).toBe(payment.cancelled > 0 ? 1 : 0);
    expect(sum(cancelled)).toBe(payment.cancelled);
    const successfulRefunds = Object.values(world.model.refunds).filter(
      (r) =>
        r.merchant === merchant && r.outTradeNo === payment.outTradeNo && r.status === 'SUCCESS',
    );
    expect(sum(refunded), `${label} refunds`).toBe(sum(successfulRefunds));
    expect(sum(refunded) + sum(cancelled), `${label} refundedAmount`).toBe(payment.refunded);
    expect(payment.refunded).toBeLessThanOrEqual(payment.amount);
    expect(
      [...refunded, ...cancelled].reduce((total, line) => total + line.fee, 0),
      `${label} fee returned`,
    ).toBe(payment.feeRefunded);
  }
}

/** Every payment reads back as the model has it. */
async function checkPayments(world: World): Promise<void> {
  for (const payment of payments(world)) {
    const call: Call = {
      kind: 'query',
      merchant: payment.merchant,
      terminal: HOME_TERMINAL[payment.merchant],
      outTradeNo: payment.outTradeNo,
    };
    const why = disagreement(world.model, step(world.model, call), await send(world, call));
    expect(why, `${payment.merchant}:${payment.outTradeNo}`).toBeNull();
  }
}

describe(`money conservation on ${ENGINE} (fast-check: ${NUM_RUNS} runs of ${MIN_COMMANDS}-${MAX_COMMANDS} commands)`, () => {
  const startedAt = performance.now();

  afterAll(() => {
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    console.info(
      `money-conservation on ${ENGINE}: ${totals.runs} runs, ${totals.commands} commands, ` +
        `${totals.concurrentBatches} concurrent batches, ${totals.requests} HTTP requests in ${seconds} s`,
    );
    const covered = [...outcomes].sort(([a], [b]) => a.localeCompare(b));
    console.info(covered.map(([outcome, count]) => `  ${outcome}: ${count}`).join('\n'));
  });

  it(
    'keeps every balance, payment, refund and statement consistent under any interleaving',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenarioArb, async ({ balances, ops }) => {
          totals.runs += 1;
          const world = await setUp(balances);
          try {
            for (const op of ops) await perform(world, op);
            await checkBooks(world);
            await checkSettlements(world);
            await checkPayments(world);
          } finally {
            await world.h.store.close();
          }
        }),
        { numRuns: NUM_RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
      );
    },
    TIMEOUT_MS,
  );
});
