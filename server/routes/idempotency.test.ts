import { beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import { createApp } from '../app.ts';
import { hashToken } from '../auth/token-hash.ts';
import { makeDeps } from '../deps.ts';
import { NO_FAULTS, type Faults } from '../faults/faults.ts';
import { deferred } from '../test-support/deferred.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  TEST_CODE_HASH_KEY,
  createHarness,
  readPayment,
  readProblem,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';

/** Holds every request that reaches `delay()` until the test opens the gate. */
function gatedFaults() {
  const gate = deferred();
  const reached = deferred();
  const faults: Faults = {
    ...NO_FAULTS,
    delay: async () => {
      reached.resolve();
      await gate.promise;
    },
  };
  return { faults, reached: reached.promise, open: gate.resolve };
}

describe('idempotency (IETF Idempotency-Key semantics, keyed by outTradeNo/outRefundNo)', () => {
  let h: Harness;
  let terminal: TestTerminal;
  const gated = gatedFaults();

  beforeEach(async () => {
    h = await createHarness({ faults: gated.faults });
    terminal = await h.createTerminal();
  });

  it('answers 409 IN_PROGRESS to the same key while the first call is still executing', async () => {
    const wallet = await h.createWallet(10_000);
    const body = h.payRequest({ authCode: await h.issueCode(wallet), outTradeNo: 'slow' });
    const first = h.pay(terminal, body);
    await gated.reached;
    const second = await h.pay(terminal, body);
    expect(second.status).toBe(409);
    expect(second.headers.get('Retry-After')).toBe('1');
    expect((await readProblem(second)).code).toBe('IN_PROGRESS');
    const cancel = await h.signed(terminal, 'POST', apiPaths.paymentCancel('slow'));
    expect((await readProblem(cancel)).code).toBe('IN_PROGRESS');

    gated.open();
    expect((await readPayment(await first)).status).toBe('SUCCESS');
    const third = await h.pay(terminal, body);
    expect(third.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - body.amount);
  });
});

describe('concurrent duplicates', () => {
  it('move money once when sent together to one server', async () => {
    const h = await createHarness();
    const terminal = await h.createTerminal();
    const wallet = await h.createWallet(10_000);
    const body = h.payRequest({ authCode: await h.issueCode(wallet), amount: 1_000 });
    const answers = await Promise.all(Array.from({ length: 8 }, () => h.pay(terminal, body)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.every((status) => status === 200 || status === 409)).toBe(true);
    expect(statuses).toContain(200);
    expect(await h.balanceOf(wallet.walletId)).toBe(9_000);
  });

  it('move money once when two server processes share the database', async () => {
    const h = await createHarness();
    // A second app over the same store has its own in-flight registry, like another process:
    // only the database's unique keys and conditional updates stand between the duplicates.
    const twin = createApp(
      makeDeps(
        h.store,
        {
          demo: true,
          adminTokenHash: hashToken(ADMIN_TOKEN_FOR_TESTS),
          staticRoot: null,
          codeHashKey: TEST_CODE_HASH_KEY,
        },
        h.now,
      ),
    );
    const terminal = await h.createTerminal();
    const wallet = await h.createWallet(100_000);
    for (let round = 0; round < 5; round++) {
      const body = h.payRequest({ authCode: await h.issueCode(wallet), amount: 1_000 });
      const refundBody = { outRefundNo: `r-${String(round)}`, amount: 400 };
      const [a, b] = await Promise.all([
        h.pay(terminal, body),
        twin.request(
          apiPaths.payments,
          await h.signedInit(terminal, 'POST', apiPaths.payments, body),
        ),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect((await readPayment(a)).tradeNo).toBe((await readPayment(b)).tradeNo);
      const path = apiPaths.paymentRefunds(body.outTradeNo);
      const [c, d] = await Promise.all([
        h.signed(terminal, 'POST', path, refundBody),
        twin.request(path, await h.signedInit(terminal, 'POST', path, refundBody)),
      ]);
      expect([c.status, d.status]).toEqual([200, 200]);
    }
    expect(await h.balanceOf(wallet.walletId)).toBe(100_000 - 5 * 600);
    const ledger = await h.store.transaction((r) => r.ledger.totals());
    expect(ledger).toMatchObject({ received: 5_000, returned: 2_000 });
  });
});
