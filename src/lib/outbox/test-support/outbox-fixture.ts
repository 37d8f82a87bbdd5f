import { vi } from 'vitest';
import { bytesToBase64Url } from '../../../../protocol/base64url.ts';
import type { Payment } from '../../../../protocol/payments.ts';
import { importTerminalKey } from '../../../../protocol/signing.ts';
import { nobleSigningHashes } from '../../crypto/noble-hashes.ts';
import { db, type SaleRow } from '../../db/database.ts';
import { insertSale } from '../../db/sales.ts';
import { newSaleRow, type SaleIntent } from '../new-sale.ts';
import type { OutboxContext } from '../outbox-clock.ts';

export const START = Date.parse('2026-11-21T08:00:00.000Z');

/** A clock the test moves by hand, and a jitter that always takes the middle of the window. */
export function fakeContext(owner = 'page-1'): OutboxContext & { advance: (ms: number) => void } {
  let now = START;
  return {
    now: () => now,
    random: () => 0.5,
    owner,
    advance: (ms) => {
      now += ms;
    },
  };
}

const TEST_SECRET = new Uint8Array(32).fill(7);

export async function testCredentials() {
  return { terminalId: 't_test', key: await importTerminalKey(bytesToBase64Url(TEST_SECRET)) };
}

/**
 * The same key, signing in JavaScript (@noble/hashes) as a page without WebCrypto does. Its work
 * stays on the event loop, where a fake clock can wait for it; WebCrypto runs on Node's thread pool.
 */
export async function jsSigningCredentials() {
  return { terminalId: 't_test', key: await nobleSigningHashes(TEST_SECRET) };
}

export type WalletCall = { method: string; path: string; body: unknown };
/** 'hang': the wallet takes the request and never answers; only the call's signal ends it. */
export type WalletReply = Response | 'no-response' | 'hang';

/** Replaces fetch with a scripted wallet and records every call made to it. */
export function scriptedWallet(reply: (call: WalletCall) => WalletReply): WalletCall[] {
  const calls: WalletCall[] = [];
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const call = { method: init?.method ?? 'GET', path: input, body };
    calls.push(call);
    const answer = reply(call);
    if (answer === 'hang') return hangUntilAborted(init?.signal);
    return answer === 'no-response'
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve(answer);
  });
  return calls;
}

let hanging = 0;

/** How many 'hang' calls are waiting now: their caller can only be moved on by its deadline. */
export const hangingCalls = (): number => hanging;

/** What fetch does for a request nobody answers: wait, until its signal aborts. */
function hangUntilAborted(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const abort = () => {
      hanging -= 1;
      reject(
        signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'),
      );
    };
    hanging += 1;
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

export const problem = (status: number, code: string, detail = code) =>
  new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

export function paymentOf(
  sale: Pick<SaleRow, 'outTradeNo' | 'amount' | 'provider'>,
  overrides: Partial<Payment> = {},
): Payment {
  return {
    outTradeNo: sale.outTradeNo,
    tradeNo: `T-${sale.outTradeNo}`,
    provider: sale.provider,
    status: 'SUCCESS',
    amount: sale.amount,
    currency: 'CNY',
    fee: Math.round(sale.amount * 0.0038),
    refundedAmount: 0,
    createdAt: new Date(START).toISOString(),
    paidAt: new Date(START).toISOString(),
    ...overrides,
  };
}

export const ONLINE_CODE = '281234567890123456';

export async function storedSale(
  context: OutboxContext,
  intent: Partial<SaleIntent> = {},
  overrides: Partial<SaleRow> = {},
): Promise<SaleRow> {
  const row = await newSaleRow(
    { amount: 1250, code: ONLINE_CODE, provider: 'alipay', mode: 'online', ...intent },
    context,
  );
  const stored = { ...row, ...overrides };
  await insertSale(stored);
  return stored;
}

export async function resetJournal(): Promise<void> {
  await db.sales.clear();
  vi.unstubAllGlobals();
}
