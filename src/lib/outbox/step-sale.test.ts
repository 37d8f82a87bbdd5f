import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PayRequest } from '../../../protocol/payments.ts';
import { CONFIRMATION_TIMEOUT_MS } from '../../../protocol/payments.ts';
import { dueSales, getSale } from '../db/sales.ts';
import { USERPAYING_POLL_MS } from './advance-sale.ts';
import { stepSale, type StepDeps } from './step-sale.ts';
import {
  fakeContext,
  json,
  ONLINE_CODE,
  paymentOf,
  problem,
  resetJournal,
  scriptedWallet,
  START,
  storedSale,
  testCredentials,
} from './test-support/outbox-fixture.ts';

afterEach(resetJournal);

async function deps(context = fakeContext()) {
  const contacts: boolean[] = [];
  const stepDeps: StepDeps = {
    credentials: await testCredentials(),
    context,
    beginContact: () => (answered) => contacts.push(answered),
  };
  return { ...stepDeps, contacts, context };
}

describe('stepSale, online', () => {
  it('sends a created sale and records the payment; the code is masked once paid', async () => {
    const d = await deps();
    const sale = await storedSale(d.context);
    const calls = scriptedWallet(() => json(200, paymentOf(sale)));
    const after = await stepSale(sale.outTradeNo, d, false);
    expect(after).toMatchObject({ state: 'paid', pending: 0, tradeNo: `T-${sale.outTradeNo}` });
    expect(after?.authCode).toBe('28************3456');
    expect(after?.history.map((change) => change.state)).toEqual(['created', 'sending', 'paid']);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toMatchObject({ outTradeNo: sale.outTradeNo, authCode: ONLINE_CODE });
    expect(d.contacts).toEqual([true]);
  });

  it('keeps the full code and backs off when no answer comes', async () => {
    const d = await deps();
    const sale = await storedSale(d.context);
    scriptedWallet(() => 'no-response');
    const after = await stepSale(sale.outTradeNo, d, false);
    expect(after).toMatchObject({
      state: 'unknown',
      pending: 1,
      attempts: 1,
      authCode: ONLINE_CODE,
    });
    // Full jitter with random() = 0.5 over the first 1 s window.
    expect(after?.nextAttemptAt).toBe(START + 500);
    expect(d.contacts).toEqual([false]);
  });

  it('queries an unknown sale by its outTradeNo and never pays it again when it went through', async () => {
    const d = await deps();
    const sale = await storedSale(d.context, {}, { state: 'unknown' });
    const calls = scriptedWallet(() => json(200, paymentOf(sale)));
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({ state: 'paid' });
    expect(calls.map((call) => call.method)).toEqual(['GET']);
    expect(calls[0]?.path).toBe(`/api/v1/payments/${sale.outTradeNo}`);
  });

  it('re-sends the very same request when the wallet never received it', async () => {
    const d = await deps();
    const sale = await storedSale(d.context);
    const first = scriptedWallet(() => 'no-response');
    await stepSale(sale.outTradeNo, d, false);
    const sent = first[0]?.body;
    d.context.advance(1_000);
    scriptedWallet(() => problem(404, 'NOT_FOUND'));
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({ state: 'created' });
    const calls = scriptedWallet(() => json(200, paymentOf(sale)));
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({ state: 'paid' });
    expect(calls[0]?.body).toEqual(sent);
  });

  it('waits at least as long as Retry-After on a 503, and treats 409 and 429 as retryable', async () => {
    const d = await deps();
    const sale = await storedSale(d.context);
    scriptedWallet(() => problem(503, 'UNAVAILABLE'));
    const after503 = await stepSale(sale.outTradeNo, d, false);
    expect(after503).toMatchObject({ state: 'unknown', pending: 1 });
    scriptedWallet(() => new Response('{}', { status: 503, headers: { 'Retry-After': '5' } }));
    const afterRetryAfter = await stepSale(sale.outTradeNo, d, false);
    expect(afterRetryAfter?.nextAttemptAt).toBe(START + 5_000);
    for (const status of [409, 429]) {
      scriptedWallet(() => problem(status, status === 409 ? 'IN_PROGRESS' : 'RATE_LIMITED'));
      expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({ state: 'unknown' });
    }
    // A 5xx is still an answer: the wallet is up.
    expect(d.contacts).toEqual([true, true, true, true]);
  });

  it('never retries a final outcome: a 4xx refusal declines the sale for good', async () => {
    const d = await deps();
    const sale = await storedSale(d.context);
    scriptedWallet(() => problem(422, 'IDEMPOTENCY_MISMATCH', 'different parameters'));
    const after = await stepSale(sale.outTradeNo, d, false);
    expect(after).toMatchObject({
      state: 'declined',
      pending: 0,
      failure: { code: 'IDEMPOTENCY_MISMATCH', message: 'different parameters' },
    });
    d.context.advance(3_600_000);
    expect(await dueSales(d.context.now(), 10)).toEqual([]);
  });

  it('takes REPLAYED_NONCE as no answer: the browser re-sent a request the wallet may have carried out', async () => {
    const d = await deps();
    const sale = await storedSale(d.context);
    scriptedWallet(() => problem(401, 'REPLAYED_NONCE'));
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({
      state: 'unknown',
      pending: 1,
    });
    scriptedWallet(() => json(200, paymentOf(sale)));
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({ state: 'paid' });
  });

  it('records a business decline as declined, with its reason', async () => {
    const d = await deps();
    const sale = await storedSale(d.context);
    scriptedWallet(() =>
      json(
        200,
        paymentOf(sale, {
          status: 'FAILED',
          fee: 0,
          failure: { code: 'INSUFFICIENT_FUNDS', message: 'Not enough money' },
        }),
      ),
    );
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({
      state: 'declined',
      failure: { code: 'INSUFFICIENT_FUNDS' },
    });
  });
});

describe('stepSale, waiting for the customer', () => {
  it('polls every 3 s, then cancels when 45 s have passed unconfirmed', async () => {
    const d = await deps();
    const sale = await storedSale(d.context, { amount: 150_000 });
    scriptedWallet(() => json(200, paymentOf(sale, { status: 'USERPAYING', fee: 0 })));
    const waiting = await stepSale(sale.outTradeNo, d, false);
    expect(waiting).toMatchObject({ state: 'userpaying', pending: 1 });
    expect(waiting?.nextAttemptAt).toBe(START + USERPAYING_POLL_MS);
    d.context.advance(CONFIRMATION_TIMEOUT_MS);
    const calls = scriptedWallet(() => json(200, paymentOf(sale, { status: 'CLOSED', fee: 0 })));
    const after = await stepSale(sale.outTradeNo, d, false);
    expect(after).toMatchObject({ state: 'cancelled', pending: 0 });
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      `POST /api/v1/payments/${sale.outTradeNo}/cancel`,
    ]);
    expect(after?.history.map((change) => change.state)).toEqual([
      'created',
      'sending',
      'userpaying',
      'cancelling',
      'cancelled',
    ]);
  });

  it('keeps polling through a lost query, and takes the confirmation when it comes', async () => {
    const d = await deps();
    const sale = await storedSale(d.context, { amount: 150_000 }, { state: 'userpaying' });
    scriptedWallet(() => 'no-response');
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({ state: 'userpaying' });
    scriptedWallet(() => json(200, paymentOf(sale)));
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({ state: 'paid' });
  });

  it('defers an answer its state cannot take instead of overwriting the state', async () => {
    const d = await deps();
    const sale = await storedSale(d.context, {}, { state: 'userpaying' });
    scriptedWallet(() => problem(403, 'FORBIDDEN'));
    const after = await stepSale(sale.outTradeNo, d, false);
    expect(after).toMatchObject({ state: 'userpaying' });
    const stored = await getSale(sale.outTradeNo);
    expect(stored).toMatchObject({
      state: 'userpaying',
      attempts: 1,
      nextAttemptAt: START + 3_000,
    });
    expect(stored?.lastError).toContain('"rejected" is not allowed in state "userpaying"');
  });
});

describe('stepSale, offline sales', () => {
  it('forwards with offline: true and the capture time, and ends forwarded', async () => {
    const d = await deps();
    const sale = await storedSale(d.context, {
      mode: 'offline',
      code: 'SOP1.x.y',
      offlineCodeId: 'c1',
    });
    d.context.advance(60_000);
    const calls = scriptedWallet(() => json(200, paymentOf(sale)));
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({
      state: 'forwarded',
      pending: 0,
    });
    const body = calls[0]?.body as PayRequest;
    expect(body).toMatchObject({ offline: true, capturedAt: new Date(START).toISOString() });
  });

  it.each([
    ['20 minutes fast', -20 * 60_000],
    ['20 minutes slow', 20 * 60_000],
  ])(
    'a device %s keeps its own capture time and the offset, and forwards the wallet’s time',
    async (_name, offsetMs) => {
      const d = await deps({ ...fakeContext(), clockOffsetMs: () => offsetMs });
      const sale = await storedSale(d.context, {
        mode: 'offline',
        code: 'SOP1.x.y',
        offlineCodeId: 'c-clock',
      });
      expect(await getSale(sale.outTradeNo)).toMatchObject({
        deviceCapturedAt: new Date(START).toISOString(),
        clockOffsetMs: offsetMs,
        capturedAt: new Date(START + offsetMs).toISOString(),
      });
      const calls = scriptedWallet(() => json(200, paymentOf(sale)));
      await stepSale(sale.outTradeNo, d, false);
      const body = calls[0]?.body as PayRequest;
      expect(body.capturedAt).toBe(new Date(START + offsetMs).toISOString());
    },
  );

  it('ends declined-after-forwarding when the wallet will not honour the code', async () => {
    const d = await deps();
    const sale = await storedSale(d.context, {
      mode: 'offline',
      code: 'SOP1.x.y',
      offlineCodeId: 'c2',
    });
    scriptedWallet(() =>
      json(
        200,
        paymentOf(sale, {
          status: 'FAILED',
          fee: 0,
          failure: { code: 'CODE_USED', message: 'used' },
        }),
      ),
    );
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({
      state: 'declined-after-forwarding',
      pending: 0,
      failure: { code: 'CODE_USED' },
    });
  });

  it('goes back to waiting when a forward gets no answer', async () => {
    const d = await deps();
    const sale = await storedSale(d.context, {
      mode: 'offline',
      code: 'SOP1.x.y',
      offlineCodeId: 'c3',
    });
    scriptedWallet(() => 'no-response');
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({
      state: 'accepted-offline',
      attempts: 1,
    });
  });
});

describe('stepSale, recovery and other pages', () => {
  it('treats a sale left in "sending" by a crash as unknown', async () => {
    const d = await deps();
    const sale = await storedSale(d.context, {}, { state: 'sending' });
    const calls = scriptedWallet(() => json(200, paymentOf(sale)));
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({ state: 'unknown' });
    expect(calls).toEqual([]);
  });

  it('leaves alone a sale another live page is working on, and takes it over once its lease ran out', async () => {
    const other = fakeContext('page-2');
    const sale = await storedSale(other);
    const d = await deps();
    const calls = scriptedWallet(() => json(200, paymentOf(sale)));
    expect(await stepSale(sale.outTradeNo, d, false)).toBeNull();
    expect(calls).toEqual([]);
    d.context.advance(15_000);
    expect(await stepSale(sale.outTradeNo, d, false)).toMatchObject({ state: 'paid' });
  });
});
