import { beforeAll, describe, expect, it } from 'vitest';
import { newOfflineTestKey } from '../../../protocol/test-support/offline-keys.ts';
import {
  encodeOfflineCode,
  parseOfflineCode,
  type JwkSet,
  type OfflineCode,
  type OfflineCodePayload,
  type SignOfflinePayload,
} from '../../../protocol/offline-code.ts';
import { formatDateTime } from '../i18n/format-date.ts';
import {
  judgeOfflineCapture,
  onlineCodeOfflineRefusal,
  type OfflineCaptureInput,
} from './accept-offline-code.ts';
import { DEFAULT_OFFLINE_LIMITS } from './offline-limits.ts';

const IAT = Date.parse('2026-11-21T08:00:00.000Z');
const EXP = Date.parse('2026-11-22T08:00:00.000Z');
const HOUR = 3_600_000;

const payload: OfflineCodePayload = {
  kid: 'k1',
  cid: 'c-123',
  wid: 'w_abc',
  provider: 'alipay',
  iat: IAT,
  exp: EXP,
  cap: 10_000,
};

async function codeFor(sign: SignOfflinePayload, overrides: Partial<OfflineCodePayload> = {}) {
  const parsed = parseOfflineCode(await encodeOfflineCode({ ...payload, ...overrides }, sign));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed;
}

describe('judgeOfflineCapture', () => {
  let sign: SignOfflinePayload;
  let keys: JwkSet;
  let code: OfflineCode;

  beforeAll(async () => {
    ({ sign, jwks: keys } = await newOfflineTestKey('k1'));
    code = await codeFor(sign);
  });

  const input = (overrides: Partial<OfflineCaptureInput> = {}): OfflineCaptureInput => ({
    offline: code,
    amount: 5_000,
    capturedAt: IAT + HOUR,
    keys,
    limits: DEFAULT_OFFLINE_LIMITS,
    exposure: { pendingTotal: 0, oldestPendingAt: undefined },
    alreadyAccepted: false,
    ...overrides,
  });

  it('accepts a good code within its validity, its cap and the limits', async () => {
    expect(await judgeOfflineCapture(input())).toEqual({ ok: true, walletCapturedAt: IAT + HOUR });
  });

  it('accepts an amount exactly at the cap and a capture exactly at iat', async () => {
    expect(await judgeOfflineCapture(input({ amount: 10_000, capturedAt: IAT }))).toEqual({
      ok: true,
      walletCapturedAt: IAT,
    });
    expect(await judgeOfflineCapture(input({ capturedAt: EXP - 1 }))).toEqual({
      ok: true,
      walletCapturedAt: EXP - 1,
    });
  });

  it('refuses with NO_KEYS when the terminal never fetched the keys', async () => {
    expect(await judgeOfflineCapture(input({ keys: undefined }))).toEqual({
      ok: false,
      code: 'NO_KEYS',
      message:
        "This terminal has not fetched the wallet's keys yet, so it cannot check offline codes. Connect once, then try again.",
    });
  });

  it('refuses with UNKNOWN_KEY when the code names a key not in the cached set', async () => {
    const other = await codeFor(sign, { kid: 'k2' });
    const result = await judgeOfflineCapture(input({ offline: other }));
    expect(result).toMatchObject({ ok: false, code: 'UNKNOWN_KEY' });
    expect(result.ok ? '' : result.message).toContain(
      'signed with a key this terminal does not know',
    );
    expect(await judgeOfflineCapture(input({ keys: { keys: [] } }))).toMatchObject({
      code: 'UNKNOWN_KEY',
    });
  });

  it('refuses with BAD_SIGNATURE a code signed by another key under the same kid', async () => {
    const forger = await newOfflineTestKey('k1');
    const forged = await codeFor(forger.sign);
    expect(await judgeOfflineCapture(input({ offline: forged }))).toEqual({
      ok: false,
      code: 'BAD_SIGNATURE',
      message: "This offline code's signature is not valid. Do not accept it.",
    });
  });

  it('refuses with BAD_SIGNATURE a payload changed after signing', async () => {
    const tampered = await codeFor(sign, { cap: 1_000_000 });
    const spliced: OfflineCode = { ...tampered, signature: code.signature };
    expect(await judgeOfflineCapture(input({ offline: spliced }))).toMatchObject({
      code: 'BAD_SIGNATURE',
    });
  });

  it('refuses with NOT_YET_VALID a capture before iat', async () => {
    const result = await judgeOfflineCapture(input({ capturedAt: IAT - 1 }));
    expect(result).toMatchObject({ ok: false, code: 'NOT_YET_VALID' });
    expect(result.ok ? '' : result.message).toContain(formatDateTime(IAT));
  });

  it('takes a code issued just ahead of the estimated wallet time, within its error, as captured at iat', async () => {
    // The offset, learned from a Date header to the second, may be low by up to its uncertainty:
    // a code made by the wallet a moment ago then looks 300 ms early.
    const early = { capturedAt: IAT - 300, clockUncertaintyMs: 600 };
    expect(await judgeOfflineCapture(input(early))).toEqual({ ok: true, walletCapturedAt: IAT });
    expect(await judgeOfflineCapture(input({ ...early, clockUncertaintyMs: 299 }))).toMatchObject({
      ok: false,
      code: 'NOT_YET_VALID',
    });
    // Beyond the estimate's error the terminal's clock is wrong, and the code is refused.
    expect(
      await judgeOfflineCapture(input({ capturedAt: IAT - 601, clockUncertaintyMs: 600 })),
    ).toMatchObject({ ok: false, code: 'NOT_YET_VALID' });
  });

  it('judges the validity window on the wallet’s clock: device time plus the clock offset', async () => {
    const MINUTE = 60_000;
    // A device 20 minutes slow takes a code the wallet issued a minute ago.
    const slow = { capturedAt: IAT + MINUTE - 20 * MINUTE, clockOffsetMs: 20 * MINUTE };
    expect(await judgeOfflineCapture(input(slow))).toEqual({
      ok: true,
      walletCapturedAt: IAT + MINUTE,
    });
    expect(await judgeOfflineCapture(input({ ...slow, clockOffsetMs: 0 }))).toMatchObject({
      ok: false,
      code: 'NOT_YET_VALID',
    });
    // A device 20 minutes fast, a minute before the code expires.
    const fast = { capturedAt: EXP - MINUTE + 20 * MINUTE, clockOffsetMs: -20 * MINUTE };
    expect(await judgeOfflineCapture(input(fast))).toEqual({
      ok: true,
      walletCapturedAt: EXP - MINUTE,
    });
    expect(await judgeOfflineCapture(input({ ...fast, clockOffsetMs: 0 }))).toMatchObject({
      ok: false,
      code: 'EXPIRED',
    });
  });

  it('refuses with EXPIRED a capture exactly at exp or later', async () => {
    const expected = {
      ok: false,
      code: 'EXPIRED',
      message: `This offline code expired at ${formatDateTime(EXP)}. Ask the customer to refresh their offline codes.`,
    };
    expect(await judgeOfflineCapture(input({ capturedAt: EXP }))).toEqual(expected);
    expect(await judgeOfflineCapture(input({ capturedAt: EXP + HOUR }))).toEqual(expected);
  });

  it('refuses with OVER_CODE_CAP one fen over the cap, naming the cap', async () => {
    expect(await judgeOfflineCapture(input({ amount: 10_001 }))).toEqual({
      ok: false,
      code: 'OVER_CODE_CAP',
      message: 'This offline code allows at most ¥100.00. Take ¥100.01 another way.',
    });
  });

  it('refuses with ALREADY_ACCEPTED a code the terminal already holds a sale for', async () => {
    expect(await judgeOfflineCapture(input({ alreadyAccepted: true }))).toEqual({
      ok: false,
      code: 'ALREADY_ACCEPTED',
      message: 'This offline code was already used for a sale on this terminal.',
    });
  });

  it("applies the terminal's limits last, at the capture time", async () => {
    const big = await codeFor(sign, { cap: 50_000 });
    expect(await judgeOfflineCapture(input({ offline: big, amount: 20_000 }))).toMatchObject({
      ok: true,
    });
    expect(await judgeOfflineCapture(input({ offline: big, amount: 20_001 }))).toMatchObject({
      code: 'OVER_SALE_LIMIT',
    });
    const full = { pendingTotal: 196_000, oldestPendingAt: IAT };
    expect(await judgeOfflineCapture(input({ exposure: full }))).toMatchObject({
      code: 'OVER_PENDING_LIMIT',
    });
    const old = { pendingTotal: 100, oldestPendingAt: IAT + HOUR - 24 * HOUR - 1 };
    expect(await judgeOfflineCapture(input({ exposure: old }))).toMatchObject({
      code: 'PENDING_TOO_OLD',
    });
  });

  it('reports the first failing check in order', async () => {
    const forger = await newOfflineTestKey('k1');
    const forgedAndExpired = await codeFor(forger.sign);
    const everythingWrong = input({
      offline: forgedAndExpired,
      capturedAt: EXP,
      amount: 99_999,
      alreadyAccepted: true,
    });
    expect(await judgeOfflineCapture(everythingWrong)).toMatchObject({ code: 'BAD_SIGNATURE' });
    expect(await judgeOfflineCapture({ ...everythingWrong, offline: code })).toMatchObject({
      code: 'EXPIRED',
    });
    expect(
      await judgeOfflineCapture({ ...everythingWrong, offline: code, capturedAt: IAT }),
    ).toMatchObject({ code: 'OVER_CODE_CAP' });
    expect(
      await judgeOfflineCapture({
        ...everythingWrong,
        offline: code,
        capturedAt: IAT,
        amount: 10_000,
      }),
    ).toMatchObject({ code: 'ALREADY_ACCEPTED' });
  });
});

describe('onlineCodeOfflineRefusal', () => {
  it("is the product's message for an online code scanned offline", () => {
    expect(onlineCodeOfflineRefusal()).toBe('Offline: ask for an offline code or take cash.');
  });
});
