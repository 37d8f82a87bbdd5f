import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bytesToBase64Url } from '../../protocol/base64url.ts';
import { flipS, isLowS } from '../../protocol/ecdsa-low-s.ts';
import { feeFor } from '../../protocol/money.ts';
import {
  encodeOfflineCode,
  formatOfflineCode,
  JwkSetSchema,
  OFFLINE_KEY_ALGORITHM,
  offlineCodeSigner,
  OfflineCodesIssuedSchema,
  parseOfflineCode,
  verifyOfflineCode,
  type IssuedOfflineCode,
  type OfflineCode,
  type OfflineCodePayload,
} from '../../protocol/offline-code.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { CONFIRMATION_THRESHOLD, type PayRequest } from '../../protocol/payments.ts';
import { WalletCreatedSchema, type WalletCreated } from '../../protocol/wallets.ts';
import { OFFLINE_CODE_TTL_MS } from '../offline/issue-offline-codes.ts';
import { keyRing } from '../offline/key-ring.ts';
import { jwkThumbprint, newSigningKey } from '../offline/new-signing-key.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readPayment,
  readProblem,
  TEST_START,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';
import { tempDir } from '../test-support/temp-dir.ts';

const HOUR = 60 * 60_000;
const encoder = new TextEncoder();

let h: Harness;
let terminal: TestTerminal;

beforeEach(async () => {
  h = await createHarness();
  terminal = await h.createTerminal();
});

function issueRequest(wallet: WalletCreated, body: unknown, on: Harness = h) {
  return on.request('POST', apiPaths.walletOfflineCodes(wallet.walletId), {
    token: wallet.token,
    body,
  });
}

async function issue(
  wallet: WalletCreated,
  body: Record<string, unknown> = { count: 1, cap: 5000 },
  on: Harness = h,
): Promise<IssuedOfflineCode[]> {
  const response = await issueRequest(wallet, body, on);
  expect(response.status).toBe(201);
  return OfflineCodesIssuedSchema.parse(await response.json()).codes;
}

async function oneCode(wallet: WalletCreated, cap = 5000): Promise<string> {
  const [code] = await issue(wallet, { count: 1, cap });
  if (!code) throw new Error('No code was issued');
  return code.text;
}

function parsed(text: string): OfflineCode {
  const code = parseOfflineCode(text);
  if (!code.ok) throw new Error(code.message);
  return code;
}

/** A sale the terminal accepted offline at `capturedAt` and now forwards. */
function forwarded(authCode: string, capturedAt: number, fields: Partial<PayRequest> = {}) {
  return h.payRequest({
    authCode,
    offline: true,
    capturedAt: new Date(capturedAt).toISOString(),
    ...fields,
  });
}

async function keys(on: Harness = h) {
  return JwkSetSchema.parse(await (await on.request('GET', apiPaths.keys)).json());
}

/** Replaces the character at `index` with another base64url character. */
function flip(text: string, index: number): string {
  const replacement = text.charAt(index) === 'A' ? 'B' : 'A';
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

describe('POST /wallets/{walletId}/offline-codes', () => {
  it('issues count signed codes for the wallet, valid for 24 h', async () => {
    const wallet = await h.createWallet(10_000);
    const response = await issueRequest(wallet, { count: 3, cap: 5000 });

    expect(response.status).toBe(201);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const { codes } = OfflineCodesIssuedSchema.parse(await response.json());
    expect(codes).toHaveLength(3);
    expect(new Set(codes.map((code) => code.cid)).size).toBe(3);
    const jwks = await keys();
    for (const code of codes) {
      expect(Object.keys(code).sort()).toEqual(['cap', 'cid', 'exp', 'text']);
      expect(code.text).toMatch(/^SOP1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(typeof code.cid).toBe('string');
      expect(code.exp).toBe(new Date(TEST_START + OFFLINE_CODE_TTL_MS).toISOString());
      expect(code.cap).toBe(5000);
      expect(code.text.length).toBeLessThanOrEqual(512);
      const read = parsed(code.text);
      expect(read.payload).toEqual({
        kid: jwks.keys[0]?.kid,
        cid: code.cid,
        wid: wallet.walletId,
        provider: 'alipay',
        iat: TEST_START,
        exp: TEST_START + OFFLINE_CODE_TTL_MS,
        cap: 5000,
      });
      expect(await verifyOfflineCode(read, jwks)).toBe(true);
    }
  });

  it('issues codes for the provider asked for', async () => {
    const wallet = await h.createWallet(10_000);
    const [code] = await issue(wallet, { count: 1, cap: 5000, provider: 'wechat' });
    if (!code) throw new Error('No code was issued');
    expect(parsed(code.text).payload.provider).toBe('wechat');

    const payment = await readPayment(await h.pay(terminal, forwarded(code.text, TEST_START)));
    expect(payment).toMatchObject({ status: 'SUCCESS', provider: 'wechat' });
  });

  it('refuses a cap above the wallet payment limit with 400 naming cap', async () => {
    const created = await h.request('POST', apiPaths.wallets, {
      token: ADMIN_TOKEN_FOR_TESTS,
      body: { name: 'Limited', balance: 50_000, paymentLimit: 10_000 },
    });
    const limited = WalletCreatedSchema.parse(await created.json());
    expect(await issue(limited, { count: 1, cap: 10_000 })).toHaveLength(1);

    const over = await issueRequest(limited, { count: 1, cap: 10_001 });
    expect(over.status).toBe(400);
    const problem = await readProblem(over);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors?.map((error) => error.path)).toEqual(['cap']);

    const ordinary = await h.createWallet(10_000);
    const overDefault = await issueRequest(ordinary, { count: 1, cap: 5_000_001 });
    expect((await readProblem(overDefault)).errors?.[0]?.path).toBe('cap');
  });

  it('is for the wallet itself: 401 without a token, 403 for the admin or another wallet', async () => {
    const wallet = await h.createWallet(10_000);
    const other = await h.createWallet(10_000);
    const path = apiPaths.walletOfflineCodes(wallet.walletId);
    const body = { count: 1, cap: 5000 };

    const anonymous = await h.request('POST', path, { body });
    expect(anonymous.status).toBe(401);
    expect((await readProblem(anonymous)).code).toBe('UNAUTHENTICATED');
    const admin = await h.request('POST', path, { token: ADMIN_TOKEN_FOR_TESTS, body });
    expect(admin.status).toBe(403);
    expect((await readProblem(admin)).code).toBe('FORBIDDEN');
    const stranger = await h.request('POST', path, { token: other.token, body });
    expect(stranger.status).toBe(403);
    expect((await readProblem(stranger)).code).toBe('FORBIDDEN');
  });

  const badBodies: Array<[string, unknown, string[]]> = [
    ['count 0', { count: 0, cap: 5000 }, ['count']],
    ['count 51', { count: 51, cap: 5000 }, ['count']],
    ['a fractional count', { count: 1.5, cap: 5000 }, ['count']],
    ['a missing count', { cap: 5000 }, ['count']],
    ['cap 0', { count: 1, cap: 0 }, ['cap']],
    ['a cap over the maximum', { count: 1, cap: 100_000_001 }, ['cap']],
    ['a string cap', { count: 1, cap: '5000' }, ['cap']],
    ['a missing cap', { count: 1 }, ['cap']],
    ['an unknown provider', { count: 1, cap: 5000, provider: 'paypal' }, ['provider']],
    ['an unknown field', { count: 1, cap: 5000, amount: 100 }, ['amount']],
    ['several bad fields', { count: 0, cap: 0 }, ['count', 'cap']],
    ['an empty body', '', ['(body)']],
    ['malformed JSON', '{"count": 1,', ['(body)']],
  ];

  it.each(badBodies)('answers 400 naming the field for %s', async (_, body, paths) => {
    const wallet = await h.createWallet(10_000);
    const response = await issueRequest(wallet, body);

    expect(response.status).toBe(400);
    const problem = await readProblem(response);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors?.map((error) => error.path)).toEqual(paths);
  });
});

describe('GET /keys', () => {
  it('publishes the public verification keys, without credentials, cacheable briefly', async () => {
    const response = await h.request('GET', apiPaths.keys);

    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=300');
    const raw: unknown = await response.json();
    const jwks = JwkSetSchema.parse(raw);
    expect(jwks.keys).toHaveLength(1);
    const rawKeys = z.object({ keys: z.array(z.record(z.string(), z.unknown())) }).parse(raw);
    for (const key of rawKeys.keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y']);
    }
    expect(JSON.stringify(raw)).not.toContain('"d"');
    const [key] = jwks.keys;
    if (!key) throw new Error('No key');
    expect(key.kid).toBe(jwkThumbprint(key));
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps one key: the one that signs the codes', async () => {
    const first = await keys();
    const wallet = await h.createWallet(10_000);
    const text = await oneCode(wallet);
    expect(await keys()).toEqual(first);
    expect(parsed(text).payload.kid).toBe(first.keys[0]?.kid);
  });

  it('answers a problem without caching it for a wrong method', async () => {
    const response = await h.request('POST', apiPaths.keys, { body: {} });
    expect(response.status).toBe(404);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('forwarded offline sales', () => {
  it('pays a sale captured inside the window, even when forwarded after the code expired', async () => {
    const wallet = await h.createWallet(10_000);
    const authCode = await oneCode(wallet);
    h.advance(OFFLINE_CODE_TTL_MS + 6 * HOUR);

    const response = await h.pay(terminal, forwarded(authCode, TEST_START + 23 * HOUR));
    expect(response.status).toBe(200);
    const payment = await readPayment(response);
    expect(payment).toMatchObject({
      status: 'SUCCESS',
      provider: 'alipay',
      amount: 1250,
      fee: feeFor(1250),
    });
    expect(payment.failure).toBeUndefined();
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  });

  it('judges the window iat <= capturedAt < exp', async () => {
    const wallet = await h.createWallet(10_000);
    const codes = (await issue(wallet, { count: 4, cap: 5000 })).map((code) => code.text);
    const [beforeIat, atIat, atExp, justBeforeExp] = codes;
    if (!beforeIat || !atIat || !atExp || !justBeforeExp) throw new Error('Too few codes');
    const exp = TEST_START + OFFLINE_CODE_TTL_MS;

    const early = await readPayment(await h.pay(terminal, forwarded(beforeIat, TEST_START - 1)));
    expect(early.status).toBe('FAILED');
    expect(early.failure?.code).toBe('OFFLINE_CODE_INVALID');
    const first = await readPayment(await h.pay(terminal, forwarded(atIat, TEST_START)));
    expect(first.status).toBe('SUCCESS');

    h.advance(OFFLINE_CODE_TTL_MS);
    const late = await readPayment(await h.pay(terminal, forwarded(atExp, exp)));
    expect(late.failure?.code).toBe('OFFLINE_CODE_INVALID');
    const last = await readPayment(await h.pay(terminal, forwarded(justBeforeExp, exp - 1)));
    expect(last.status).toBe('SUCCESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 2 * 1250);
  });

  it('refuses an amount over the code cap with OFFLINE_CODE_INVALID, and takes the cap itself', async () => {
    const wallet = await h.createWallet(10_000);
    const [over, exact] = (await issue(wallet, { count: 2, cap: 3000 })).map((code) => code.text);
    if (!over || !exact) throw new Error('Too few codes');

    const refused = await readPayment(
      await h.pay(terminal, forwarded(over, TEST_START, { amount: 3001 })),
    );
    expect(refused).toMatchObject({ status: 'FAILED', fee: 0 });
    expect(refused.failure?.code).toBe('OFFLINE_CODE_INVALID');
    const paid = await readPayment(
      await h.pay(terminal, forwarded(exact, TEST_START, { amount: 3000 })),
    );
    expect(paid.status).toBe('SUCCESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 3000);
  });

  it('declines a second sale with the same code as CODE_USED', async () => {
    const wallet = await h.createWallet(10_000);
    const authCode = await oneCode(wallet);
    const first = await readPayment(await h.pay(terminal, forwarded(authCode, TEST_START)));
    expect(first.status).toBe('SUCCESS');

    const second = await readPayment(await h.pay(terminal, forwarded(authCode, TEST_START + 1)));
    expect(second.status).toBe('FAILED');
    expect(second.failure?.code).toBe('CODE_USED');
    expect(second.outTradeNo).not.toBe(first.outTradeNo);
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  });

  it('replays a resent outTradeNo with Idempotent-Replayed and no second debit', async () => {
    const wallet = await h.createWallet(10_000);
    const body = forwarded(await oneCode(wallet), TEST_START + HOUR);
    h.advance(2 * HOUR);
    const first = await h.pay(terminal, body);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    const payment = await readPayment(first);
    h.advance(OFFLINE_CODE_TTL_MS);

    const again = await h.pay(terminal, body);
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await readPayment(again)).toEqual(payment);
    expect(payment.status).toBe('SUCCESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  });

  it('refuses a tampered payload or signature, and leaves the genuine code alive', async () => {
    const wallet = await h.createWallet(100_000);
    const authCode = await oneCode(wallet, 1000);
    const code = parsed(authCode);
    const richer = bytesToBase64Url(
      encoder.encode(JSON.stringify({ ...code.payload, cap: 50_000 })),
    );
    const signatureStart = authCode.lastIndexOf('.') + 1;
    const tampered: Array<[string, number]> = [
      [formatOfflineCode(richer, code.signature), 20_000],
      [flip(authCode, signatureStart), 1000],
      [flip(authCode, signatureStart + 30), 1000],
    ];

    for (const [text, amount] of tampered) {
      const payment = await readPayment(
        await h.pay(terminal, forwarded(text, TEST_START, { amount })),
      );
      expect(payment).toMatchObject({ status: 'FAILED', fee: 0 });
      expect(payment.failure?.code).toBe('OFFLINE_CODE_INVALID');
    }
    expect(await h.balanceOf(wallet.walletId)).toBe(100_000);
    const genuine = await readPayment(
      await h.pay(terminal, forwarded(authCode, TEST_START, { amount: 1000 })),
    );
    expect(genuine.status).toBe('SUCCESS');
  });

  it('issues low-S codes only, refuses the high-S twin of one, and takes the code itself', async () => {
    const wallet = await h.createWallet(100_000);
    const codes = await issue(wallet, { count: 20, cap: 5000 });
    for (const { text } of codes) expect(isLowS(parsed(text).signature)).toBe(true);
    const first = parsed(codes[0]?.text ?? '');
    const twin = formatOfflineCode(first.signedText, flipS(first.signature));
    const refused = await readPayment(await h.pay(terminal, forwarded(twin, TEST_START)));
    expect(refused.failure?.code).toBe('OFFLINE_CODE_INVALID');
    expect(await h.balanceOf(wallet.walletId)).toBe(100_000);
    const genuine = await readPayment(
      await h.pay(terminal, forwarded(codes[0]?.text ?? '', TEST_START, { amount: 1000 })),
    );
    expect(genuine.status).toBe('SUCCESS');
  });

  it('refuses a code signed by a key the wallet does not know', async () => {
    const wallet = await h.createWallet(10_000);
    const genuine = parsed(await oneCode(wallet));
    const pair = await crypto.subtle.generateKey(OFFLINE_KEY_ALGORITHM, false, ['sign', 'verify']);
    const sign = offlineCodeSigner(pair.privateKey);
    const forgeries = [
      await encodeOfflineCode({ ...genuine.payload, kid: 'a-key-nobody-made' }, sign),
      await encodeOfflineCode(genuine.payload, sign),
    ];

    for (const text of forgeries) {
      const payment = await readPayment(await h.pay(terminal, forwarded(text, TEST_START)));
      expect(payment.failure?.code).toBe('OFFLINE_CODE_INVALID');
    }
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000);
  });

  it('declines with INSUFFICIENT_FUNDS when the balance is below the amount', async () => {
    const wallet = await h.createWallet(1000);
    const authCode = await oneCode(wallet, 5000);
    const payment = await readPayment(
      await h.pay(terminal, forwarded(authCode, TEST_START, { amount: 2000 })),
    );
    expect(payment).toMatchObject({ status: 'FAILED', fee: 0 });
    expect(payment.failure?.code).toBe('INSUFFICIENT_FUNDS');
    expect(await h.balanceOf(wallet.walletId)).toBe(1000);
  });

  it('pays at once over the confirmation threshold: the customer has left the shop', async () => {
    const amount = CONFIRMATION_THRESHOLD + 1;
    const wallet = await h.createWallet(amount);
    const authCode = await oneCode(wallet, amount);
    const payment = await readPayment(
      await h.pay(terminal, forwarded(authCode, TEST_START, { amount })),
    );
    expect(payment.status).toBe('SUCCESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(0);
  });

  it('answers 400 naming capturedAt for offline: true without it, and keeps the code', async () => {
    const wallet = await h.createWallet(10_000);
    const authCode = await oneCode(wallet);
    const response = await h.pay(terminal, h.payRequest({ authCode, offline: true }));

    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors?.map((error) => error.path)).toEqual([
      'capturedAt',
    ]);
    const paid = await readPayment(await h.pay(terminal, forwarded(authCode, TEST_START)));
    expect(paid.status).toBe('SUCCESS');
  });

  it.each([
    ['no signature part', 'SOP1.e30'],
    ['a payload that is not JSON', 'SOP1.bm90LWpzb24.AAAA'],
    ['a payload of the wrong shape', 'SOP1.e30.AAAA'],
  ])('answers 400 naming authCode for an SOP1 text with %s', async (_, authCode) => {
    const response = await h.pay(terminal, forwarded(authCode, TEST_START));
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors?.map((error) => error.path)).toEqual(['authCode']);
  });

  it('judges an SOP1 code presented without offline: true against the server clock', async () => {
    const wallet = await h.createWallet(10_000);
    const [live, absent, notOffline] = (await issue(wallet, { count: 3, cap: 5000 })).map(
      (code) => code.text,
    );
    if (!live || !absent || !notOffline) throw new Error('Too few codes');

    const paid = await readPayment(await h.pay(terminal, h.payRequest({ authCode: live })));
    expect(paid.status).toBe('SUCCESS');

    h.advance(OFFLINE_CODE_TTL_MS);
    const insideWindow = new Date(TEST_START + HOUR).toISOString();
    const expired = await readPayment(
      await h.pay(terminal, h.payRequest({ authCode: absent, capturedAt: insideWindow })),
    );
    expect(expired.failure?.code).toBe('OFFLINE_CODE_INVALID');
    const alsoExpired = await readPayment(
      await h.pay(
        terminal,
        h.payRequest({ authCode: notOffline, offline: false, capturedAt: insideWindow }),
      ),
    );
    expect(alsoExpired.failure?.code).toBe('OFFLINE_CODE_INVALID');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  });

  it('accepts a code signed with a key another server process added to the database', async () => {
    const wallet = await h.createWallet(10_000);
    await oneCode(wallet);
    h.advance(1);
    const added = await newSigningKey(h.now());
    await h.store.transaction((r) => r.signingKeys.insert(added));
    // Another process has its own key cache: a store object of its own.
    const elsewhere = await keyRing({ store: { ...h.store }, now: h.now });
    expect(elsewhere.signing.kid).toBe(added.kid);
    const payload: OfflineCodePayload = {
      kid: added.kid,
      cid: 'made-elsewhere',
      wid: wallet.walletId,
      provider: 'alipay',
      iat: h.now(),
      exp: h.now() + OFFLINE_CODE_TTL_MS,
      cap: 5000,
    };
    const text = await encodeOfflineCode(payload, offlineCodeSigner(elsewhere.signing.key));
    await h.store.transaction((r) =>
      r.offlineCodes.insert({
        cid: payload.cid,
        walletId: payload.wid,
        provider: payload.provider,
        kid: payload.kid,
        cap: payload.cap,
        issuedAt: payload.iat,
        expiresAt: payload.exp,
      }),
    );

    const payment = await readPayment(await h.pay(terminal, forwarded(text, h.now())));
    expect(payment.status).toBe('SUCCESS');
    expect((await keys()).keys.map((key) => key.kid)).toContain(added.kid);
  });
});

describe('restarts', () => {
  it('keeps the signing key, so codes issued before a restart still pay', async () => {
    const dbFile = path.join(tempDir('offline-keys'), 'wallet.db');
    const before = await createHarness({ dbFile });
    const till = await before.createTerminal();
    const wallet = await before.createWallet(10_000);
    const [code] = await issue(wallet, { count: 1, cap: 5000 }, before);
    if (!code) throw new Error('No code was issued');
    const keysBefore = await keys(before);
    await before.store.close();

    const after = await createHarness({ dbFile });
    expect(await keys(after)).toEqual(keysBefore);
    const payment = await readPayment(
      await after.pay(
        till,
        after.payRequest({
          authCode: code.text,
          offline: true,
          capturedAt: new Date(TEST_START).toISOString(),
        }),
      ),
    );
    expect(payment.status).toBe('SUCCESS');
    expect(await after.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
    const [later] = await issue(wallet, { count: 1, cap: 5000 }, after);
    expect(later && parsed(later.text).payload.kid).toBe(keysBefore.keys[0]?.kid);
  });
});
