import { beforeEach, describe, expect, it } from 'vitest';
import { OfflineCodesIssuedSchema } from '../../protocol/offline-code.ts';
import { ONLINE_CODE_TTL_MS } from '../../protocol/payment-code.ts';
import { apiPaths } from '../../protocol/paths.ts';
import type { PayRequest } from '../../protocol/payments.ts';
import { NONCE_MEMORY_MS } from '../../protocol/signing.ts';
import { PairingCodeSchema } from '../../protocol/terminals.ts';
import type { WalletCreated } from '../../protocol/wallets.ts';
import {
  OFFLINE_FORWARDING_HORIZON_MS,
  OFFLINE_PRUNE_MARGIN_MS,
  PAST_HORIZON_MESSAGE,
} from '../offline/forwarding-horizon.ts';
import { OFFLINE_CODE_TTL_MS } from '../offline/issue-offline-codes.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readPayment,
  TEST_START,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';
import { pruneOnce } from './prune.ts';
import { PAIRING_CODE_KEPT_MS, PAYMENT_CODE_GRACE_MS, PRUNE_STEPS } from './prune-steps.ts';

let h: Harness;
let terminal: TestTerminal;
let wallet: WalletCreated;

beforeEach(async () => {
  h = await createHarness();
  terminal = await h.createTerminal();
  wallet = await h.createWallet(100_000);
});

const prune = () => pruneOnce(h.store, h.now());

async function payWith(authCode: string, fields: Partial<PayRequest> = {}) {
  const response = await h.pay(terminal, h.payRequest({ authCode, ...fields }));
  expect(response.status).toBe(200);
  return readPayment(response);
}

async function offlineCode(): Promise<{ text: string; exp: number }> {
  const response = await h.request('POST', apiPaths.walletOfflineCodes(wallet.walletId), {
    token: wallet.token,
    body: { count: 1, cap: 5000 },
  });
  expect(response.status).toBe(201);
  const [code] = OfflineCodesIssuedSchema.parse(await response.json()).codes;
  if (!code) throw new Error('No offline code');
  return { text: code.text, exp: Date.parse(code.exp) };
}

function forwarded(
  authCode: string,
  capturedAt: number,
): Partial<PayRequest> & { authCode: string } {
  return { authCode, offline: true, capturedAt: new Date(capturedAt).toISOString() };
}

describe('pruneOnce', () => {
  it('has one step per kind of short-lived row, for new kinds to join', () => {
    expect(PRUNE_STEPS.map((step) => step.name)).toEqual([
      'expired payment codes',
      'offline codes past the forwarding horizon',
      'used or expired pairing codes',
      'used or expired wallet pairing codes',
      'nonces',
    ]);
  });

  it('keeps an expired online code through the grace period (CODE_EXPIRED), then forgets it (CODE_INVALID)', async () => {
    const kept = await h.issueCode(wallet);
    const forgotten = await h.issueCode(wallet);
    const used = await h.issueCode(wallet);
    expect((await payWith(used)).status).toBe('SUCCESS');

    h.advance(ONLINE_CODE_TTL_MS + PAYMENT_CODE_GRACE_MS);
    expect((await prune())['expired payment codes']).toBe(0);
    expect((await payWith(kept)).failure?.code).toBe('CODE_EXPIRED');

    h.advance(1);
    expect((await prune())['expired payment codes']).toBe(3);
    expect((await payWith(forgotten)).failure?.code).toBe('CODE_INVALID');
    expect((await payWith(used)).failure?.code).toBe('CODE_INVALID');
    expect(await h.balanceOf(wallet.walletId)).toBe(100_000 - 1250);
  });

  it('keeps a retry of a final payment working after its code was pruned', async () => {
    const code = await h.issueCode(wallet);
    const body = h.payRequest({ authCode: code });
    expect((await readPayment(await h.pay(terminal, body))).status).toBe('SUCCESS');
    h.advance(ONLINE_CODE_TTL_MS + PAYMENT_CODE_GRACE_MS + 1);
    await prune();

    const retry = await h.pay(terminal, body);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    const other = await h.pay(terminal, { ...body, authCode: await h.issueCode(wallet) });
    expect(other.status).toBe(422);
  });

  it('prunes nonces older than the memory window without any request', async () => {
    const response = await h.signed(terminal, 'GET', apiPaths.settlement('2026-11-21'));
    expect(response.status).toBe(200);
    h.advance(NONCE_MEMORY_MS);
    expect((await prune()).nonces).toBe(0);
    h.advance(1);
    expect((await prune()).nonces).toBe(1);
  });

  it('prunes pairing codes a day after they were used or expired', async () => {
    const response = await h.request('POST', apiPaths.pairingCodes, {
      token: ADMIN_TOKEN_FOR_TESTS,
    });
    expect(response.status).toBe(201);
    const { code, expiresAt } = PairingCodeSchema.parse(await response.json());
    const paired = await h.request('POST', apiPaths.pairings, { body: { code, name: 'Till 2' } });
    expect(paired.status).toBe(201);
    await h.request('POST', apiPaths.pairingCodes, { token: ADMIN_TOKEN_FOR_TESTS });

    h.advance(PAIRING_CODE_KEPT_MS);
    expect((await prune())['used or expired pairing codes']).toBe(0);
    h.advance(Date.parse(expiresAt) - TEST_START + 1);
    expect((await prune())['used or expired pairing codes']).toBe(2);
  });

  it('prunes wallet pairing codes a day after they were used or expired', async () => {
    const issue = async () => {
      const response = await h.request('POST', apiPaths.walletPairingCodes(wallet.walletId), {
        token: wallet.token,
      });
      expect(response.status).toBe(201);
      return PairingCodeSchema.parse(await response.json());
    };
    const { code, expiresAt } = await issue();
    await issue();
    const redeemed = await h.request('POST', apiPaths.walletPairings, { body: { code } });
    expect(redeemed.status).toBe(201);

    h.advance(PAIRING_CODE_KEPT_MS);
    expect((await prune())['used or expired wallet pairing codes']).toBe(0);
    h.advance(Date.parse(expiresAt) - TEST_START + 1);
    expect((await prune())['used or expired wallet pairing codes']).toBe(2);
  });
});

describe('offline codes and the forwarding horizon', () => {
  it('refuses a sale forwarded past the horizon, and prunes the code only after it', async () => {
    const unused = await offlineCode();
    const spent = await offlineCode();
    const captured = TEST_START + 1000;
    expect((await payWith(spent.text, forwarded(spent.text, captured))).status).toBe('SUCCESS');

    h.advance(OFFLINE_CODE_TTL_MS + OFFLINE_FORWARDING_HORIZON_MS - 1);
    expect((await prune())['offline codes past the forwarding horizon']).toBe(0);
    // The same code in another sale, just inside the horizon: remembered, so not honoured twice.
    expect((await payWith(spent.text, forwarded(spent.text, captured))).failure?.code).toBe(
      'CODE_USED',
    );

    h.advance(1);
    const late = await payWith(unused.text, forwarded(unused.text, captured));
    expect(late.failure).toEqual({ code: 'OFFLINE_CODE_INVALID', message: PAST_HORIZON_MESSAGE });

    h.advance(OFFLINE_PRUNE_MARGIN_MS);
    expect((await prune())['offline codes past the forwarding horizon']).toBe(0);
    h.advance(1);
    expect((await prune())['offline codes past the forwarding horizon']).toBe(2);

    // Forgotten now, and still never honoured again.
    for (const code of [spent, unused]) {
      const again = await payWith(code.text, forwarded(code.text, captured));
      expect(again.failure).toEqual({
        code: 'OFFLINE_CODE_INVALID',
        message: PAST_HORIZON_MESSAGE,
      });
    }
    expect(await h.balanceOf(wallet.walletId)).toBe(100_000 - 1250);
  });
});
