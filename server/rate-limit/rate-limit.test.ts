import { Socket } from 'node:net';
import { IncomingMessage } from 'node:http';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import { signRequest } from '../../protocol/signing.ts';
import { createApp } from '../app.ts';
import { hashToken } from '../auth/token-hash.ts';
import { makeDeps } from '../deps.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  TEST_CODE_HASH_KEY,
  createHarness,
  readProblem,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';
import type { RateLimitSettings } from './settings.ts';

const LIMIT: RateLimitSettings = { perSecond: 2, burst: 3 };

let h: Harness;
let limited: ReturnType<typeof createApp>;
let terminal: TestTerminal;

beforeEach(async () => {
  h = await createHarness();
  limited = limitedApp(LIMIT);
  terminal = await h.createTerminal();
});

/** The harness's store and clock behind an app with a rate limit. */
function limitedApp(rateLimit: RateLimitSettings | null) {
  const config = {
    demo: true,
    adminTokenHash: hashToken(ADMIN_TOKEN_FOR_TESTS),
    staticRoot: null,
    rateLimit,
    codeHashKey: TEST_CODE_HASH_KEY,
  };
  return createApp(makeDeps(h.store, config, h.now));
}

/** What @hono/node-server passes the app: the request, with the peer's address. */
function from(address: string) {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: address });
  const incoming = new IncomingMessage(socket);
  incoming.headers.host = 'localhost';
  return { incoming };
}

async function signedGet(till: TestTerminal, path: string, address = '10.0.0.7', nonce?: string) {
  const authorization = await signRequest(till.terminalId, till.key, {
    method: 'GET',
    pathWithQuery: path,
    body: '',
    ts: h.now(),
    ...(nonce !== undefined ? { nonce } : {}),
  });
  return limited.request(path, { headers: { Authorization: authorization } }, from(address));
}

function bearerGet(path: string, token: string | undefined, address = '10.0.0.7') {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  return limited.request(path, { headers }, from(address));
}

async function expectLimited(response: Response, retryAfter: string): Promise<void> {
  expect(response.status).toBe(429);
  expect(response.headers.get('Retry-After')).toBe(retryAfter);
  const problem = await readProblem(response);
  expect(problem).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
}

describe('rate limiting', () => {
  it('lets a terminal make a burst of calls, then answers 429 with Retry-After', async () => {
    const path = apiPaths.payment('unknown');
    for (let i = 0; i < LIMIT.burst; i += 1)
      expect((await signedGet(terminal, path)).status).toBe(404);
    await expectLimited(await signedGet(terminal, path), '1');

    h.advance(499);
    await expectLimited(await signedGet(terminal, path), '1');
    h.advance(1);
    expect((await signedGet(terminal, path)).status).toBe(404);
  });

  it('rounds Retry-After up to whole seconds', async () => {
    limited = limitedApp({ perSecond: 0.25, burst: 1 });
    expect((await signedGet(terminal, apiPaths.payment('x'))).status).toBe(404);
    await expectLimited(await signedGet(terminal, apiPaths.payment('x')), '4');
    h.advance(3_001);
    await expectLimited(await signedGet(terminal, apiPaths.payment('x')), '1');
  });

  it('does not spend the nonce of a refused call: the same request goes through later', async () => {
    for (let i = 0; i < LIMIT.burst; i += 1) await signedGet(terminal, apiPaths.payment('x'));
    const nonce = crypto.randomUUID();
    await expectLimited(await signedGet(terminal, apiPaths.payment('x'), undefined, nonce), '1');
    h.advance(500);
    expect((await signedGet(terminal, apiPaths.payment('x'), undefined, nonce)).status).toBe(404);
  });

  it('keeps a bucket per terminal', async () => {
    const other = await h.createTerminal();
    for (let i = 0; i < LIMIT.burst; i += 1) await signedGet(terminal, apiPaths.payment('x'));
    await expectLimited(await signedGet(terminal, apiPaths.payment('x')), '1');
    expect((await signedGet(other, apiPaths.payment('x'))).status).toBe(404);
  });

  it('charges forged calls to their address, never to the terminal they name', async () => {
    const forged = { ...terminal, key: (await h.createTerminal()).key };
    for (let i = 0; i < LIMIT.burst; i += 1) {
      expect((await signedGet(forged, apiPaths.payment('x'), '10.6.6.6')).status).toBe(401);
    }
    await expectLimited(await signedGet(forged, apiPaths.payment('x'), '10.6.6.6'), '1');
    for (let i = 0; i < LIMIT.burst; i += 1) {
      expect((await signedGet(terminal, apiPaths.payment('x'))).status).toBe(404);
    }
  });

  it('keeps a bucket per wallet token and one for the admin token', async () => {
    const wallet = await h.createWallet(100);
    const path = apiPaths.wallet(wallet.walletId);
    for (let i = 0; i < LIMIT.burst; i += 1)
      expect((await bearerGet(path, wallet.token)).status).toBe(200);
    await expectLimited(await bearerGet(path, wallet.token), '1');

    for (let i = 0; i < LIMIT.burst; i += 1) {
      expect((await bearerGet(path, ADMIN_TOKEN_FOR_TESTS)).status).toBe(200);
    }
    await expectLimited(await bearerGet(path, ADMIN_TOKEN_FOR_TESTS), '1');
  });

  it('limits calls without a credential by client address', async () => {
    for (let i = 0; i < LIMIT.burst; i += 1) {
      expect((await bearerGet(apiPaths.demo, undefined, '127.0.0.20')).status).toBe(200);
    }
    await expectLimited(await bearerGet(apiPaths.demo, undefined, '127.0.0.20'), '1');
    expect((await bearerGet(apiPaths.demo, undefined, '127.0.0.21')).status).toBe(200);
  });

  it('counts an unknown token against the address, not a bucket of its own', async () => {
    for (let i = 0; i < LIMIT.burst; i += 1) {
      expect((await bearerGet(apiPaths.wallet('w_x'), `guess-${i}`)).status).toBe(401);
    }
    await expectLimited(await bearerGet(apiPaths.wallet('w_x'), 'guess-again'), '1');
  });

  it('leaves pages outside /api alone, and is off without a setting', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await limited.request('/nothing-here', {}, from('10.0.0.9'))).status).toBe(404);
    }
    limited = limitedApp(null);
    for (let i = 0; i < 10; i += 1)
      expect((await signedGet(terminal, apiPaths.payment('x'))).status).toBe(404);
  });
});
