import { beforeEach, describe, expect, it } from 'vitest';
import { ONLINE_CODE_TTL_MS } from '../../protocol/payment-code.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { OfflineCodesIssuedSchema } from '../../protocol/offline-code.ts';
import type { WalletCreated } from '../../protocol/wallets.ts';
import { OFFLINE_CODE_TTL_MS } from '../offline/issue-offline-codes.ts';
import {
  createHarness,
  readPayment,
  readProblem,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';
import { MAX_OUTSTANDING_OFFLINE_CODES, MAX_OUTSTANDING_ONLINE_CODES } from './code-caps.ts';

let h: Harness;
let terminal: TestTerminal;
let wallet: WalletCreated;

beforeEach(async () => {
  h = await createHarness();
  terminal = await h.createTerminal();
  wallet = await h.createWallet(100_000);
});

function askOnline(provider = 'alipay') {
  return h.request('POST', apiPaths.walletCodes(wallet.walletId), {
    token: wallet.token,
    body: { provider },
  });
}

function askOffline(count: number) {
  return h.request('POST', apiPaths.walletOfflineCodes(wallet.walletId), {
    token: wallet.token,
    body: { count, cap: 5000 },
  });
}

const storedCodes = () =>
  h.store.transaction(async (r) => ({
    online: (await r.wallets.outstandingCodes(wallet.walletId, 0)).count,
    offline: (await r.offlineCodes.outstanding(wallet.walletId, 0)).count,
  }));

async function expectTooMany(response: Response, retryAfter: string): Promise<void> {
  expect(response.status).toBe(429);
  expect(response.headers.get('Retry-After')).toBe(retryAfter);
  const problem = await readProblem(response);
  expect(problem.code).toBe('TOO_MANY_CODES');
  expect(problem.detail).toContain('Nothing was issued');
}

describe('the cap on a wallet’s outstanding codes', () => {
  it(`holds ${MAX_OUTSTANDING_ONLINE_CODES} unused online codes, then refuses and issues nothing`, async () => {
    expect(MAX_OUTSTANDING_ONLINE_CODES).toBe(5);
    const codes: string[] = [];
    for (let index = 0; index < MAX_OUTSTANDING_ONLINE_CODES; index += 1) {
      codes.push(await h.issueCode(wallet, index % 2 ? 'wechat' : 'alipay'));
      h.advance(1_000);
    }
    await expectTooMany(await askOnline('unionpay'), String(ONLINE_CODE_TTL_MS / 1000 - 5));
    expect((await storedCodes()).online).toBe(MAX_OUTSTANDING_ONLINE_CODES);

    // Using one frees its place at once.
    const paid = await readPayment(
      await h.pay(terminal, h.payRequest({ authCode: codes[0] ?? '' })),
    );
    expect(paid.status).toBe('SUCCESS');
    expect((await askOnline()).status).toBe(201);
    await expectTooMany(await askOnline(), String(ONLINE_CODE_TTL_MS / 1000 - 4));

    // So does expiry: the first still unused one expires 59 s after it was issued.
    h.advance(ONLINE_CODE_TTL_MS - 4_000);
    expect((await askOnline()).status).toBe(201);
  });

  it(`holds ${MAX_OUTSTANDING_OFFLINE_CODES} unused offline codes: five simulator batches of 10`, async () => {
    expect(MAX_OUTSTANDING_OFFLINE_CODES).toBe(50);
    for (let batch = 0; batch < 5; batch += 1) expect((await askOffline(10)).status).toBe(201);
    await expectTooMany(await askOffline(1), String(OFFLINE_CODE_TTL_MS / 1000));
    expect((await storedCodes()).offline).toBe(50);
  });

  it('refuses a batch that would pass the cap whole, and says how many still fit', async () => {
    expect((await askOffline(45)).status).toBe(201);
    const refused = await askOffline(10);
    expect(refused.status).toBe(429);
    expect((await readProblem(refused)).detail).toContain('ask for at most 5');
    expect((await storedCodes()).offline).toBe(45);
    const fitting = await askOffline(5);
    expect(OfflineCodesIssuedSchema.parse(await fitting.json()).codes).toHaveLength(5);
    h.advance(OFFLINE_CODE_TTL_MS);
    expect((await askOffline(50)).status).toBe(201);
  });

  it('counts online and offline codes apart, and per wallet', async () => {
    for (let index = 0; index < MAX_OUTSTANDING_ONLINE_CODES; index += 1) {
      expect((await askOnline()).status).toBe(201);
    }
    expect((await askOffline(50)).status).toBe(201);
    const other = await h.createWallet(1_000);
    expect((await h.issueCode(other)).length).toBeGreaterThan(0);
  });

  it('keeps the cap when many requests race for one wallet', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => askOnline()));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(MAX_OUTSTANDING_ONLINE_CODES);
    expect(statuses.filter((status) => status === 429)).toHaveLength(
      12 - MAX_OUTSTANDING_ONLINE_CODES,
    );
    expect((await storedCodes()).online).toBe(MAX_OUTSTANDING_ONLINE_CODES);
  });
});
