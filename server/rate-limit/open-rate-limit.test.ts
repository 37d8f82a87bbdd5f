import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import { ADMIN_TOKEN_FOR_TESTS, createHarness, readProblem } from '../test-support/harness.ts';
import { isOpenEndpoint } from './open-endpoints.ts';
import { DEFAULT_OPEN_RATE_LIMIT, parseOpenRateLimit } from './open-settings.ts';

/** What @hono/node-server passes the app: the request, with the peer's address. */
function from(address: string) {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: address });
  const incoming = new IncomingMessage(socket);
  incoming.headers.host = 'localhost';
  return { incoming };
}

type Call = { method: string; path: string; token?: string; forwardedFor?: string };

async function harness(openRateLimit?: { perMinute: number; burst: number } | null) {
  const h = await createHarness(openRateLimit === undefined ? {} : { openRateLimit });
  const call = (address: string, { method, path, token, forwardedFor }: Call) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token !== undefined) headers.Authorization = `Bearer ${token}`;
    if (forwardedFor !== undefined) headers['X-Forwarded-For'] = forwardedFor;
    const body = method === 'GET' ? undefined : '{}';
    return h.app.request(path, { method, headers, ...(body ? { body } : {}) }, from(address));
  };
  return { h, call };
}

const DEMO: Call = { method: 'GET', path: apiPaths.demo };
const PAIR: Call = { method: 'POST', path: apiPaths.pairings };

describe('the per-address ceiling on open endpoints', () => {
  it('is on by default: 30 a minute, in a burst of 30', async () => {
    expect(DEFAULT_OPEN_RATE_LIMIT).toEqual({ perMinute: 30, burst: 30 });
    const { call } = await harness();
    for (let index = 0; index < 30; index += 1) {
      expect((await call('127.0.0.7', DEMO)).status).toBe(200);
    }
    const refused = await call('127.0.0.7', DEMO);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('2');
    const problem = await readProblem(refused);
    expect(problem.code).toBe('RATE_LIMITED');
    expect(problem.detail).toContain('OPEN_RATE_LIMIT_PER_MINUTE');
  });

  it('shares one bucket across pairing, the demo helpers and open wallet creation', async () => {
    const { h, call } = await harness({ perMinute: 6, burst: 4 });
    const calls: Call[] = [
      PAIR,
      { method: 'POST', path: apiPaths.demoPairingCodes },
      { method: 'POST', path: apiPaths.wallets },
      { method: 'POST', path: '/api/v1/wallet-pairings' },
    ];
    for (const each of calls) expect((await call('127.0.0.7', each)).status).not.toBe(429);
    expect((await call('127.0.0.7', DEMO)).status).toBe(429);
    // 6 a minute: one token every 10 s.
    const refused = await call('127.0.0.7', PAIR);
    expect(refused.headers.get('Retry-After')).toBe('10');
    h.advance(9_999);
    expect((await call('127.0.0.7', DEMO)).status).toBe(429);
    h.advance(1);
    expect((await call('127.0.0.7', DEMO)).status).toBe(200);
    expect((await call('127.0.0.7', DEMO)).status).toBe(429);
  });

  it('keeps a bucket per socket address and never trusts X-Forwarded-For', async () => {
    const { call } = await harness({ perMinute: 1, burst: 1 });
    expect((await call('127.0.0.7', DEMO)).status).toBe(200);
    expect((await call('127.0.0.7', { ...DEMO, forwardedFor: '10.0.0.99' })).status).toBe(429);
    expect((await call('127.0.0.8', DEMO)).status).toBe(200);
  });

  it('leaves credentialed calls alone: the admin creating wallets, terminals signing', async () => {
    const { call } = await harness({ perMinute: 1, burst: 1 });
    const adminWallet: Call = {
      method: 'POST',
      path: apiPaths.wallets,
      token: ADMIN_TOKEN_FOR_TESTS,
    };
    for (let index = 0; index < 5; index += 1) {
      expect((await call('127.0.0.7', adminWallet)).status).not.toBe(429);
      expect((await call('127.0.0.7', { method: 'GET', path: apiPaths.keys })).status).toBe(200);
    }
    expect((await call('127.0.0.7', PAIR)).status).not.toBe(429);
    expect((await call('127.0.0.7', PAIR)).status).toBe(429);
  });

  it('is off with null', async () => {
    const { call } = await harness(null);
    for (let index = 0; index < 100; index += 1) {
      expect((await call('127.0.0.7', DEMO)).status).toBe(200);
    }
  });

  it('names the open endpoints', () => {
    expect(isOpenEndpoint('GET', '/api/v1/demo', false)).toBe(true);
    expect(isOpenEndpoint('POST', '/api/v1/demo/pairing-codes', false)).toBe(true);
    expect(isOpenEndpoint('POST', '/api/v1/pairings', false)).toBe(true);
    expect(isOpenEndpoint('POST', '/api/v1/wallet-pairings', false)).toBe(true);
    expect(isOpenEndpoint('POST', '/api/v1/wallets', false)).toBe(true);
    expect(isOpenEndpoint('POST', '/api/v1/wallets', true)).toBe(false);
    expect(isOpenEndpoint('GET', '/api/v1/wallets/w_1', false)).toBe(false);
    expect(isOpenEndpoint('POST', '/api/v1/payments', false)).toBe(false);
    expect(isOpenEndpoint('GET', '/api/v1/demonstration', false)).toBe(false);
  });

  it('parses OPEN_RATE_LIMIT_PER_MINUTE and OPEN_RATE_LIMIT_BURST', () => {
    expect(parseOpenRateLimit()).toEqual({ ok: true, openRateLimit: DEFAULT_OPEN_RATE_LIMIT });
    expect(parseOpenRateLimit('off')).toEqual({ ok: true, openRateLimit: null });
    expect(parseOpenRateLimit('0', '5')).toEqual({ ok: true, openRateLimit: null });
    expect(parseOpenRateLimit('600')).toEqual({
      ok: true,
      openRateLimit: { perMinute: 600, burst: 600 },
    });
    expect(parseOpenRateLimit('fast').ok).toBe(false);
    expect(parseOpenRateLimit('10', '0').ok).toBe(false);
  });
});
