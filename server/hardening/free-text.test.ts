import { beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import { PairingCodeSchema } from '../../protocol/terminals.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readProblem,
  type Harness,
} from '../test-support/harness.ts';

const BIDI_OVERRIDE = 'Till \u202eanil';
const CONTROL = 'Till\u00071';

let h: Harness;

beforeEach(async () => {
  h = await createHarness();
});

async function expectRefused(response: Response, field: string): Promise<void> {
  expect(response.status).toBe(400);
  const problem = await readProblem(response);
  expect(problem.code).toBe('VALIDATION_FAILED');
  expect(problem.errors?.map((error) => error.path)).toEqual([field]);
  expect(problem.detail).toContain(`${field}: must not contain control characters`);
}

describe('stored free text refuses control and bidi formatting characters', () => {
  it.each([BIDI_OVERRIDE, CONTROL, 'Till\u200f', 'Till\u0085', 'Till\u007f'])(
    'in a wallet name and a terminal name (%j)',
    async (name) => {
      const admin = { token: ADMIN_TOKEN_FOR_TESTS };
      const total = () => h.store.transaction((r) => r.wallets.totalBalance());
      const before = await total();
      await expectRefused(
        await h.request('POST', apiPaths.wallets, { ...admin, body: { name, balance: 100 } }),
        'name',
      );
      await expectRefused(
        await h.request('POST', apiPaths.terminals, { ...admin, body: { name } }),
        'name',
      );
      expect(await total()).toBe(before);
    },
  );

  it('in the name a terminal gives when it pairs', async () => {
    const issued = await h.request('POST', apiPaths.pairingCodes, { token: ADMIN_TOKEN_FOR_TESTS });
    const { code } = PairingCodeSchema.parse(await issued.json());
    await expectRefused(
      await h.request('POST', apiPaths.pairings, { body: { code, name: BIDI_OVERRIDE } }),
      'name',
    );
    const paired = await h.request('POST', apiPaths.pairings, { body: { code, name: 'Till 2' } });
    expect(paired.status).toBe(201);
  });

  it('in a payment subject and a refund reason, and nothing moves', async () => {
    const terminal = await h.createTerminal();
    const wallet = await h.createWallet(10_000);
    const authCode = await h.issueCode(wallet);
    const refused = await h.pay(
      terminal,
      h.payRequest({ authCode, outTradeNo: 'p-1', subject: `Tea ${BIDI_OVERRIDE}` }),
    );
    await expectRefused(refused, 'subject');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'p-2', subject: '奶茶 ×2' });
    const refund = await h.signed(terminal, 'POST', apiPaths.paymentRefunds('p-2'), {
      outRefundNo: 'r-1',
      amount: 100,
      reason: `Broken${CONTROL}`,
    });
    await expectRefused(refund, 'reason');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  });
});
