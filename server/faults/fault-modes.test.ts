import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_FAULT_SETTINGS, type FaultSettings } from '../../protocol/faults.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { PendingListSchema } from '../../protocol/wallets.ts';
import { signRequest } from '../../protocol/signing.ts';
import {
  createHarness,
  readPayment,
  readProblem,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';
import { InjectedFaults } from './injected-faults.ts';

let h: Harness;
let terminal: TestTerminal;
let faults: InjectedFaults;
/** The injected sleeps still waiting; a test ends one by calling it. */
let sleeping: (() => void)[];

beforeEach(async () => {
  sleeping = [];
  faults = new InjectedFaults({
    sleep: () => new Promise<void>((resolve) => sleeping.push(resolve)),
  });
  h = await createHarness({ faults });
  terminal = await h.createTerminal();
});

function inject(settings: Partial<FaultSettings>): void {
  faults.replace({ ...NO_FAULT_SETTINGS, ...settings });
}

describe('injected faults', () => {
  it('failRate answers 503 UNAVAILABLE before anything runs, not even spending the nonce', async () => {
    const wallet = await h.createWallet(10_000);
    const body = JSON.stringify(h.payRequest({ authCode: await h.issueCode(wallet) }));
    const authorization = await signRequest(terminal.terminalId, terminal.key, {
      method: 'POST',
      pathWithQuery: apiPaths.payments,
      body,
      ts: h.now(),
    });
    const send = () =>
      h.app.request(apiPaths.payments, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/json' },
        body,
      });

    inject({ failRate: 1 });
    const refused = await send();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('1');
    expect((await readProblem(refused)).code).toBe('UNAVAILABLE');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000);
    expect((await h.signed(terminal, 'GET', apiPaths.settlement('2026-11-21'))).status).toBe(503);

    inject({});
    expect((await readPayment(await send())).status).toBe('SUCCESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  });

  it('failRate leaves the wallet and admin calls alone', async () => {
    inject({ failRate: 1 });
    const wallet = await h.createWallet(10_000);
    expect(await h.issueCode(wallet)).toMatch(/^\d{18}$/);
  });

  it('latencyMs holds the call inside its idempotency guard: a retry meanwhile is IN_PROGRESS', async () => {
    inject({ latencyMs: 5_000 });
    const wallet = await h.createWallet(10_000);
    const body = h.payRequest({ authCode: await h.issueCode(wallet) });
    const slow = h.pay(terminal, body);
    await vi.waitFor(() => expect(sleeping).toHaveLength(1));

    const retry = await h.pay(terminal, body);
    expect(retry.status).toBe(409);
    expect((await readProblem(retry)).code).toBe('IN_PROGRESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000);

    sleeping[0]?.();
    expect((await readPayment(await slow)).status).toBe('SUCCESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  });

  it('userPayingRate makes even a small payment wait for the customer', async () => {
    inject({ userPayingRate: 1 });
    const wallet = await h.createWallet(10_000);
    const payment = await readPayment(
      await h.pay(terminal, h.payRequest({ authCode: await h.issueCode(wallet), amount: 100 })),
    );
    expect(payment.status).toBe('USERPAYING');
    const pending = await h.request('GET', apiPaths.walletPending(wallet.walletId), {
      token: wallet.token,
    });
    expect(PendingListSchema.parse(await pending.json()).pending).toHaveLength(1);
  });

  it('dropResponseRate still commits the payment (in-process there is no socket to drop)', async () => {
    inject({ dropResponseRate: 1 });
    const wallet = await h.createWallet(10_000);
    const body = h.payRequest({ authCode: await h.issueCode(wallet) });
    await h.pay(terminal, body);
    const found = await h.signed(terminal, 'GET', apiPaths.payment(body.outTradeNo));
    expect((await readPayment(found)).status).toBe('SUCCESS');
  });
});
