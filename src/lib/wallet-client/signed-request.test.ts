import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PayRequest } from '../../../protocol/payments.ts';
import { MAX_CLOCK_SKEW_MS, parseAuthorization } from '../../../protocol/signing.ts';
import {
  json,
  paymentOf,
  problem,
  testCredentials,
} from '../outbox/test-support/outbox-fixture.ts';
import { walletClock } from './clock-offset.ts';
import { WALLET_DEADLINES_MS } from './deadlines.ts';
import { WalletProblemError, WalletUnreachableError } from './errors.ts';
import { pay, queryPayment } from './payments-api.ts';

const DEVICE = Date.parse('2026-12-07T08:00:00.000Z');
const MINUTE = 60_000;
const SALE = { outTradeNo: 'SO1', amount: 300, provider: 'alipay' } as const;
const BODY: PayRequest = {
  outTradeNo: 'SO1',
  authCode: '281234567890123456',
  amount: 300,
  currency: 'CNY',
};

type Sent = { ts: number; nonce: string };

/**
 * A wallet whose clock is `walletAheadMs` ahead of the device's (negative: behind). It checks
 * each signature's ts as the real one does, and dates every answer.
 */
function walletWithClock(
  walletAheadMs: number,
  sent: Sent[],
  answer?: () => Response | 'hang',
): Promise<void> {
  let reached = () => {};
  const firstReached = new Promise<void>((resolve) => (reached = resolve));
  vi.stubGlobal('fetch', (_url: string, init?: RequestInit) => {
    reached();
    const headers = new Headers(init?.headers);
    const parsed = parseAuthorization(headers.get('Authorization'));
    if (!parsed.ok) throw new Error(parsed.error);
    sent.push({ ts: parsed.parts.ts, nonce: parsed.parts.nonce });
    const walletNow = Date.now() + walletAheadMs;
    const reply = answer?.() ?? json(200, paymentOf(SALE));
    if (reply === 'hang') {
      return new Promise((_resolve, reject) => {
        const signal = init?.signal;
        const abort = () =>
          reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
        if (signal?.aborted) abort();
        signal?.addEventListener('abort', abort);
      });
    }
    const response =
      Math.abs(parsed.parts.ts - walletNow) > MAX_CLOCK_SKEW_MS
        ? problem(401, 'STALE_TIMESTAMP')
        : reply;
    response.headers.set('Date', new Date(walletNow).toUTCString());
    return Promise.resolve(response);
  });
  return firstReached;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(DEVICE);
  walletClock.reset();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  walletClock.reset();
});

describe('signed requests and the wallet’s clock', () => {
  it.each([
    ['20 minutes fast', -20 * MINUTE],
    ['20 minutes slow', 20 * MINUTE],
  ])(
    'a device %s: the first call is refused as stale, retried once with a new nonce, and then every call signs with the wallet’s time',
    async (_name, walletAheadMs) => {
      const sent: Sent[] = [];
      void walletWithClock(walletAheadMs, sent);
      const credentials = await testCredentials();
      expect(await pay(credentials, BODY)).toMatchObject({ status: 'SUCCESS' });
      expect(sent).toHaveLength(2);
      expect(sent[0]?.ts).toBe(DEVICE);
      expect(sent[1]?.nonce).not.toBe(sent[0]?.nonce);
      expect(Math.abs((sent[1]?.ts ?? 0) - (DEVICE + walletAheadMs))).toBeLessThanOrEqual(1_000);

      await queryPayment(credentials, 'SO1');
      expect(sent).toHaveLength(3);
      expect(Math.abs((sent[2]?.ts ?? 0) - (DEVICE + walletAheadMs))).toBeLessThanOrEqual(1_000);
    },
  );

  it('retries a stale request only once', async () => {
    const sent: Sent[] = [];
    void walletWithClock(0, sent, () => problem(401, 'STALE_TIMESTAMP'));
    const error = await pay(await testCredentials(), BODY).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WalletProblemError);
    expect(error).toMatchObject({ code: 'STALE_TIMESTAMP' });
    expect(sent).toHaveLength(2);
  });

  it('does not retry any other refusal', async () => {
    const sent: Sent[] = [];
    void walletWithClock(0, sent, () => problem(401, 'BAD_SIGNATURE'));
    await expect(pay(await testCredentials(), BODY)).rejects.toMatchObject({
      code: 'BAD_SIGNATURE',
    });
    expect(sent).toHaveLength(1);
  });
});

describe('deadlines', () => {
  it('ends a pay call the wallet never answers at its deadline, as no answer at all', async () => {
    const sent: Sent[] = [];
    const reached = walletWithClock(0, sent, () => 'hang');
    const outcome = pay(await testCredentials(), BODY).catch((caught: unknown) => caught);
    await reached;
    await vi.advanceTimersByTimeAsync(WALLET_DEADLINES_MS.pay - 1);
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(WalletUnreachableError);
    expect(error).toMatchObject({ noResponse: true, abandoned: false });
    expect(sent).toHaveLength(1);
  });

  it('keeps the pay call within 10 s of the scan: the deadline covers a stale retry too', () => {
    expect(WALLET_DEADLINES_MS.pay).toBeLessThan(10_000);
  });

  it('lets the caller stop waiting: no answer, and marked as abandoned', async () => {
    void walletWithClock(0, [], () => 'hang');
    const stop = new AbortController();
    const outcome = pay(await testCredentials(), BODY, stop.signal).catch(
      (caught: unknown) => caught,
    );
    stop.abort();
    const error = await outcome;
    expect(error).toBeInstanceOf(WalletUnreachableError);
    expect(error).toMatchObject({ noResponse: true, abandoned: true });
  });
});
