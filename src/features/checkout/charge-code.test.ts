import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Payment, PayRequest } from '../../../protocol/payments.ts';
import { bytesToBase64Url } from '../../../protocol/base64url.ts';
import { importTerminalKey } from '../../../protocol/signing.ts';
import { db } from '../../lib/db/database.ts';
import { chargeCode, type ChargeDeps } from './charge-code.ts';

const CODE = '281234567890123456';
const NOW = new Date('2026-11-21T08:00:00.000Z');

function paymentFor(request: PayRequest, overrides: Partial<Payment> = {}): Payment {
  return {
    outTradeNo: request.outTradeNo,
    tradeNo: 'T1',
    provider: 'alipay',
    status: 'SUCCESS',
    amount: request.amount,
    currency: 'CNY',
    fee: 5,
    refundedAmount: 0,
    createdAt: NOW.toISOString(),
    paidAt: NOW.toISOString(),
    ...overrides,
  };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

async function credentials() {
  const secret = bytesToBase64Url(new Uint8Array(32).fill(7));
  return { terminalId: 't_test', key: await importTerminalKey(secret) };
}

function bodyOf(init: RequestInit | undefined): PayRequest {
  if (typeof init?.body !== 'string') throw new Error('expected a JSON string body');
  return JSON.parse(init.body) as PayRequest;
}

const deps: ChargeDeps = { now: () => NOW, wait: () => Promise.resolve() };

describe('chargeCode', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(async () => {
    await db.sales.clear();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
  });

  it('journals the sale before the pay call, then records the outcome with a masked code', async () => {
    fetchMock.mockImplementation(async (_url, init) => {
      const sales = await db.sales.toArray();
      expect(sales).toHaveLength(1);
      expect(sales[0]).toMatchObject({ state: 'sending', authCode: CODE, amount: 1250 });
      const request = bodyOf(init);
      expect(new Headers(init?.headers).get('Authorization')).toMatch(
        /^Saoma-HMAC-SHA256 terminal=t_test,/,
      );
      return json(200, paymentFor(request));
    });

    const outcome = await chargeCode(
      await credentials(),
      { amount: 1250, code: CODE, provider: 'alipay' },
      deps,
    );

    expect(outcome).toMatchObject({
      kind: 'settled',
      payment: { status: 'SUCCESS', amount: 1250 },
    });
    const [sale] = await db.sales.toArray();
    expect(sale).toMatchObject({
      state: 'final',
      status: 'SUCCESS',
      authCode: '28************3456',
      fee: 5,
    });
  });

  it('re-sends the same outTradeNo when no answer comes back, so a retry cannot charge twice', async () => {
    const sent: PayRequest[] = [];
    fetchMock.mockImplementation((_url, init) => {
      const request = bodyOf(init);
      sent.push(request);
      if (sent.length === 1) return Promise.reject(new TypeError('Failed to fetch'));
      if (sent.length === 2) return Promise.resolve(json(503, { status: 503 }));
      return Promise.resolve(json(200, paymentFor(request)));
    });

    const outcome = await chargeCode(
      await credentials(),
      { amount: 99, code: CODE, provider: 'alipay' },
      deps,
    );

    expect(outcome.kind).toBe('settled');
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((r) => r.outTradeNo)).size).toBe(1);
    expect(await db.sales.count()).toBe(1);
  });

  it('keeps the sale as unknown, with the full code, when the wallet never answers', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    const outcome = await chargeCode(
      await credentials(),
      { amount: 99, code: CODE, provider: 'alipay' },
      deps,
    );

    expect(outcome.kind).toBe('unknown');
    const [sale] = await db.sales.toArray();
    expect(sale).toMatchObject({ state: 'unknown', authCode: CODE });
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });

  it('reports a decline with its reason', async () => {
    fetchMock.mockImplementation((_url, init) => {
      const request = bodyOf(init);
      return Promise.resolve(
        json(
          200,
          paymentFor(request, {
            status: 'FAILED',
            fee: 0,
            paidAt: undefined,
            failure: { code: 'INSUFFICIENT_FUNDS', message: 'Not enough money' },
          }),
        ),
      );
    });

    const outcome = await chargeCode(
      await credentials(),
      { amount: 99, code: CODE, provider: 'alipay' },
      deps,
    );

    expect(outcome).toMatchObject({
      kind: 'settled',
      payment: { failure: { code: 'INSUFFICIENT_FUNDS' } },
    });
  });

  it('stores a problem+json refusal as final, and does not retry it', async () => {
    fetchMock.mockResolvedValue(
      json(
        400,
        {
          type: 'urn:saoma:problem:VALIDATION_FAILED',
          title: 'Bad',
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'authCode is bad',
        },
        'application/problem+json',
      ),
    );

    const outcome = await chargeCode(
      await credentials(),
      { amount: 99, code: CODE, provider: 'alipay' },
      deps,
    );

    expect(outcome).toMatchObject({ kind: 'rejected', code: 'VALIDATION_FAILED' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [sale] = await db.sales.toArray();
    expect(sale).toMatchObject({ state: 'final', rejection: { code: 'VALIDATION_FAILED' } });
  });
});
