import { beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import { PairingCodeSchema } from '../../protocol/terminals.ts';
import { WalletTokensSchema, type WalletToken } from '../../protocol/wallet-pairing.ts';
import { WalletViewSchema, type WalletCreated } from '../../protocol/wallets.ts';
import { PAIRING_CODE_TTL_MS } from '../pairing/pairing-code-text.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readProblem,
  TEST_START,
  type Harness,
} from '../test-support/harness.ts';
import { issueWalletPairingCode } from '../wallets/wallet-pairing.ts';

let h: Harness;
let wallet: WalletCreated;

beforeEach(async () => {
  h = await createHarness({ demo: true });
  wallet = await h.createWallet(50_000, 'Dana');
});

async function walletCode(owner: WalletCreated = wallet): Promise<string> {
  const response = await h.request('POST', apiPaths.walletPairingCodes(owner.walletId), {
    token: owner.token,
  });
  expect(response.status).toBe(201);
  return PairingCodeSchema.parse(await response.json()).code;
}

/** What `npm run pair -- --wallet` and the banner issue. */
async function demoCode(): Promise<string> {
  const issued = await h.store.transaction((r) =>
    issueWalletPairingCode(r, { kind: 'demo' }, h.now()),
  );
  return issued.code;
}

async function redeem(code: string, from?: string): Promise<WalletToken[]> {
  const response = await h.request('POST', apiPaths.walletPairings, {
    body: { code },
    ...(from !== undefined ? { from } : {}),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return WalletTokensSchema.parse(await response.json()).wallets;
}

async function expectRefused(response: Response, message: RegExp): Promise<void> {
  expect(response.status).toBe(400);
  const problem = await readProblem(response);
  expect(problem.code).toBe('VALIDATION_FAILED');
  expect(problem.errors?.map(({ path }) => path)).toEqual(['code']);
  expect(problem.errors?.[0]?.message).toMatch(message);
}

async function expectCodeRefused(code: string, message: RegExp): Promise<void> {
  await expectRefused(
    await h.request('POST', apiPaths.walletPairings, { body: { code } }),
    message,
  );
}

async function balanceWith(token: WalletToken): Promise<number> {
  const view = await h.request('GET', apiPaths.wallet(token.walletId), { token: token.token });
  expect(view.status).toBe(200);
  return WalletViewSchema.parse(await view.json()).balance;
}

describe('POST /wallets/{walletId}/pairing-codes', () => {
  it('issues a 12-character code valid for 10 minutes', async () => {
    const response = await h.request('POST', apiPaths.walletPairingCodes(wallet.walletId), {
      token: wallet.token,
    });
    expect(response.status).toBe(201);
    const issued = PairingCodeSchema.parse(await response.json());
    expect(issued.code).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
    expect(issued.expiresAt).toBe(new Date(TEST_START + PAIRING_CODE_TTL_MS).toISOString());
  });

  it("needs the wallet's own token: not none, not another wallet's, not the admin's", async () => {
    const path = apiPaths.walletPairingCodes(wallet.walletId);
    expect((await h.request('POST', path)).status).toBe(401);
    const other = await h.createWallet(1);
    expect((await h.request('POST', path, { token: other.token })).status).toBe(403);
    expect((await h.request('POST', path, { token: ADMIN_TOKEN_FOR_TESTS })).status).toBe(403);
    const extra = await h.request('POST', path, { token: wallet.token, body: { walletId: 'x' } });
    expect(extra.status).toBe(400);
  });
});

describe('POST /wallet-pairings', () => {
  it("opens that one wallet on another phone with a fresh token, from the shop's network", async () => {
    const [opened, ...more] = await redeem(await walletCode(), '192.168.1.50');
    expect(more).toEqual([]);
    expect(opened).toMatchObject({ walletId: wallet.walletId, name: 'Dana' });
    expect(opened?.token).not.toBe(wallet.token);
    if (opened === undefined) throw new Error('no wallet');
    expect(await balanceWith(opened)).toBe(50_000);
    // The first phone's token keeps working beside the new one.
    expect(await balanceWith({ ...opened, token: wallet.token })).toBe(50_000);
  });

  it('opens the demo wallets with a demo code, each with a fresh token', async () => {
    const first = await redeem(await demoCode(), '10.231.0.2');
    const second = await redeem(await demoCode(), '10.231.0.3');
    expect(first.map(({ name }) => name)).toEqual(['Alice', 'Bob', 'Chen Wei']);
    expect(second.map(({ walletId }) => walletId)).toEqual(first.map(({ walletId }) => walletId));
    const tokens = [...first, ...second].map(({ token }) => token);
    expect(new Set(tokens).size).toBe(6);
    for (const opened of [...first, ...second]) expect(await balanceWith(opened)).toBe(1_000_000);
  });

  it('accepts a code only once', async () => {
    const code = await walletCode();
    await redeem(code);
    await expectCodeRefused(code, /already used/);
    const demo = await demoCode();
    await redeem(demo);
    await expectCodeRefused(demo, /already used/);
  });

  it('lets exactly one of two concurrent redemptions win', async () => {
    for (const code of [await walletCode(), await demoCode()]) {
      const tokensBefore = await tokenCount();
      const answers = await Promise.all(
        Array.from({ length: 4 }, () =>
          h.request('POST', apiPaths.walletPairings, { body: { code } }),
        ),
      );
      const statuses = answers.map(({ status }) => status).sort();
      expect(statuses).toEqual([201, 400, 400, 400]);
      for (const refused of answers.filter(({ status }) => status === 400)) {
        await expectRefused(refused, /already used/);
      }
      const won = WalletTokensSchema.parse(
        await answers.find(({ status }) => status === 201)?.json(),
      );
      // The losers' tokens were rolled back with them.
      expect(await tokenCount()).toBe(tokensBefore + won.wallets.length);
    }
  });

  it('is good for 10 minutes: just before they end it works, at the end it has expired', async () => {
    const late = await walletCode();
    h.advance(PAIRING_CODE_TTL_MS - 1);
    await redeem(late);
    const expired = await walletCode();
    h.advance(PAIRING_CODE_TTL_MS);
    await expectCodeRefused(expired, /expired/);
    const expiredDemo = await demoCode();
    h.advance(PAIRING_CODE_TTL_MS);
    await expectCodeRefused(expiredDemo, /expired/);
  });

  it('accepts a code typed in lower case with dashes', async () => {
    const code = await walletCode();
    const typed = `${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8)}`.toLowerCase();
    expect(await redeem(typed)).toHaveLength(1);
  });

  it('refuses an unknown code, a terminal pairing code, and a wallet code as a terminal code', async () => {
    await expectCodeRefused('ZZZZZZZZZZZZ', /not a wallet pairing code/);
    const terminalCode = await h.request('POST', apiPaths.demoPairingCodes);
    const { code } = PairingCodeSchema.parse(await terminalCode.json());
    await expectCodeRefused(code, /not a wallet pairing code/);
    // Still good as what it is.
    const paired = await h.request('POST', apiPaths.pairings, { body: { code, name: 'Till' } });
    expect(paired.status).toBe(201);

    const walletOnly = await walletCode();
    const asTerminal = await h.request('POST', apiPaths.pairings, {
      body: { code: walletOnly, name: 'Till' },
    });
    expect(asTerminal.status).toBe(400);
    expect((await readProblem(asTerminal)).errors?.[0]?.message).toMatch(/not a pairing code/);
    expect(await redeem(walletOnly)).toHaveLength(1);
  });

  it('refuses a demo code once demo mode is off, and keeps it unused', async () => {
    const closed = await createHarness({ demo: false });
    const { code } = await closed.store.transaction((r) =>
      issueWalletPairingCode(r, { kind: 'demo' }, closed.now()),
    );
    const response = await closed.request('POST', apiPaths.walletPairings, { body: { code } });
    await expectRefused(response, /demo mode is off/);
    expect((await closed.store.transaction((r) => r.walletPairingCodes.find(code)))?.usedAt).toBe(
      null,
    );
  });

  it('answers 400 naming the field for a missing code or an unknown field, and a wrong body', async () => {
    const missing = await h.request('POST', apiPaths.walletPairings, { body: {} });
    expect((await readProblem(missing)).errors?.[0]?.path).toBe('code');
    const code = await walletCode();
    const extra = await h.request('POST', apiPaths.walletPairings, { body: { code, x: 1 } });
    expect((await readProblem(extra)).errors?.[0]?.path).toBe('x');
    // The refused requests left the code usable.
    expect(await redeem(code)).toHaveLength(1);
  });
});

async function tokenCount(): Promise<number> {
  let count = 0;
  for (const id of [wallet.walletId, ...h.boot.demoWallets.map(({ id }) => id)]) {
    count += await h.store.transaction((r) => r.walletTokens.countForWallet(id));
  }
  return count;
}
