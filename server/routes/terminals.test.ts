import { beforeEach, describe, expect, it } from 'vitest';
import { base64UrlToBytes } from '../../protocol/base64url.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { TerminalCredentialsSchema } from '../../protocol/terminals.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readProblem,
  type Harness,
} from '../test-support/harness.ts';

let h: Harness;

beforeEach(async () => {
  h = await createHarness();
});

describe('POST /terminals', () => {
  it('creates a terminal of the default merchant with a 32-byte base64url secret', async () => {
    const response = await h.request('POST', apiPaths.terminals, {
      token: ADMIN_TOKEN_FOR_TESTS,
      body: { name: 'Front till' },
    });
    expect(response.status).toBe(201);
    const credentials = TerminalCredentialsSchema.parse(await response.json());
    expect(credentials.merchantId).toBe(h.boot.merchant.id);
    expect(base64UrlToBytes(credentials.secret)).toHaveLength(32);
    expect(
      (await h.store.transaction((r) => r.merchants.findTerminal(credentials.terminalId)))?.name,
    ).toBe('Front till');
  });

  it('creates a terminal of a named merchant', async () => {
    await h.store.transaction((r) =>
      r.merchants.insertMerchant({ id: 'm_second', name: 'Second shop' }, false, h.now()),
    );
    const terminal = await h.createTerminal('m_second');
    expect(terminal.merchantId).toBe('m_second');
  });

  it('answers 400 naming merchantId for an unknown merchant', async () => {
    const response = await h.request('POST', apiPaths.terminals, {
      token: ADMIN_TOKEN_FOR_TESTS,
      body: { name: 'Till', merchantId: 'm_nobody' },
    });
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors).toEqual([
      { path: 'merchantId', message: 'is not a known merchant' },
    ]);
  });

  it('answers 400 naming name when it is missing or blank', async () => {
    for (const body of [{}, { name: '   ' }]) {
      const response = await h.request('POST', apiPaths.terminals, {
        token: ADMIN_TOKEN_FOR_TESTS,
        body,
      });
      expect((await readProblem(response)).errors?.[0]?.path).toBe('name');
    }
  });

  it('needs the admin token, even in demo mode', async () => {
    const anonymous = await h.request('POST', apiPaths.terminals, { body: { name: 'Till' } });
    expect(anonymous.status).toBe(401);
    const wallet = await h.createWallet(1);
    const walletToken = await h.request('POST', apiPaths.terminals, {
      token: wallet.token,
      body: { name: 'Till' },
    });
    expect(walletToken.status).toBe(403);
  });
});
