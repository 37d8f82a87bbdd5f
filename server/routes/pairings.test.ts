import { beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import { PairingCodeSchema, TerminalCredentialsSchema } from '../../protocol/terminals.ts';
import { PAIRING_CODE_TTL_MS } from '../terminals/pairing.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readProblem,
  TEST_START,
  type Harness,
} from '../test-support/harness.ts';

let h: Harness;

beforeEach(async () => {
  h = await createHarness();
});

async function newPairingCode(body?: unknown): Promise<string> {
  const response = await h.request('POST', apiPaths.pairingCodes, {
    token: ADMIN_TOKEN_FOR_TESTS,
    body,
  });
  expect(response.status).toBe(201);
  return PairingCodeSchema.parse(await response.json()).code;
}

async function expectCodeRefused(code: string, message: RegExp): Promise<void> {
  const response = await h.request('POST', apiPaths.pairings, { body: { code, name: 'Till' } });
  expect(response.status).toBe(400);
  const problem = await readProblem(response);
  expect(problem.code).toBe('VALIDATION_FAILED');
  expect(problem.errors).toHaveLength(1);
  expect(problem.errors?.[0]?.path).toBe('code');
  expect(problem.errors?.[0]?.message).toMatch(message);
}

describe('POST /pairing-codes', () => {
  it('issues a 12-character code valid for 10 minutes', async () => {
    const response = await h.request('POST', apiPaths.pairingCodes, {
      token: ADMIN_TOKEN_FOR_TESTS,
    });
    expect(response.status).toBe(201);
    const pairing = PairingCodeSchema.parse(await response.json());
    expect(pairing.code).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
    expect(pairing.expiresAt).toBe(new Date(TEST_START + PAIRING_CODE_TTL_MS).toISOString());
  });

  it('needs the admin token', async () => {
    expect((await h.request('POST', apiPaths.pairingCodes)).status).toBe(401);
  });

  it('can name another merchant, and refuses an unknown one', async () => {
    await h.store.transaction((r) =>
      r.merchants.insertMerchant({ id: 'm_second', name: 'Second' }, false, h.now()),
    );
    const code = await newPairingCode({ merchantId: 'm_second' });
    const paired = await h.request('POST', apiPaths.pairings, { body: { code, name: 'Till' } });
    expect(TerminalCredentialsSchema.parse(await paired.json()).merchantId).toBe('m_second');

    const unknown = await h.request('POST', apiPaths.pairingCodes, {
      token: ADMIN_TOKEN_FOR_TESTS,
      body: { merchantId: 'm_nobody' },
    });
    expect((await readProblem(unknown)).errors?.[0]?.path).toBe('merchantId');
  });
});

describe('POST /pairings', () => {
  it('trades a pairing code for working terminal credentials', async () => {
    const code = await newPairingCode();
    const response = await h.request('POST', apiPaths.pairings, {
      body: { code, name: 'Counter 2' },
    });
    expect(response.status).toBe(201);
    const credentials = TerminalCredentialsSchema.parse(await response.json());
    expect(credentials.merchantId).toBe(h.boot.merchant.id);
    expect(
      (await h.store.transaction((r) => r.merchants.findTerminal(credentials.terminalId)))?.name,
    ).toBe('Counter 2');
  });

  it('accepts the code typed in lower case with a dash', async () => {
    const code = await newPairingCode();
    const typed = `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase();
    const response = await h.request('POST', apiPaths.pairings, {
      body: { code: typed, name: 'Till' },
    });
    expect(response.status).toBe(201);
  });

  it('accepts a code only once', async () => {
    const code = await newPairingCode();
    expect((await h.request('POST', apiPaths.pairings, { body: { code, name: 'A' } })).status).toBe(
      201,
    );
    await expectCodeRefused(code, /already used/);
  });

  it('is good until just before 10 minutes are up', async () => {
    const code = await newPairingCode();
    h.advance(PAIRING_CODE_TTL_MS - 1);
    expect((await h.request('POST', apiPaths.pairings, { body: { code, name: 'A' } })).status).toBe(
      201,
    );
  });

  it('refuses an unknown code', async () => {
    await expectCodeRefused('ZZZZZZZZ', /not a pairing code/);
  });

  it('refuses an expired code, and it creates no terminal', async () => {
    const code = await newPairingCode();
    h.advance(PAIRING_CODE_TTL_MS);
    await expectCodeRefused(code, /expired/);
    expect((await h.store.transaction((r) => r.pairingCodes.find(code)))?.usedAt).toBeNull();
  });

  it('answers 400 naming the field for a missing name or unknown field', async () => {
    const code = await newPairingCode();
    const noName = await h.request('POST', apiPaths.pairings, { body: { code } });
    expect((await readProblem(noName)).errors?.[0]?.path).toBe('name');
    const extra = await h.request('POST', apiPaths.pairings, { body: { code, name: 'A', x: 1 } });
    expect((await readProblem(extra)).errors?.[0]?.path).toBe('x');
    // The refused requests left the code usable.
    expect((await h.request('POST', apiPaths.pairings, { body: { code, name: 'A' } })).status).toBe(
      201,
    );
  });
});
