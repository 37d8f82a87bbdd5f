import { describe, expect, it } from 'vitest';
import { newOfflineTestKey } from './test-support/offline-keys.ts';
import { base64UrlToBytes, bytesToBase64Url } from './base64url.ts';
import {
  encodeOfflineCode,
  formatOfflineCode,
  IssueOfflineCodesRequestSchema,
  OFFLINE_KEY_ALGORITHM,
  offlineCodeSigner,
  parseOfflineCode,
  verifyOfflineCode,
  type OfflineCode,
  type OfflineCodePayload,
} from './offline-code.ts';

const encoder = new TextEncoder();

const payload: OfflineCodePayload = {
  kid: 'k1',
  cid: 'c-123',
  wid: 'w_abc',
  provider: 'wechat',
  iat: Date.parse('2026-11-21T08:00:00.000Z'),
  exp: Date.parse('2026-11-22T08:00:00.000Z'),
  cap: 5000,
};

function parsed(text: string): OfflineCode {
  const code = parseOfflineCode(text);
  if (!code.ok) throw new Error(code.message);
  return code;
}

/** Replaces the character at `index` with another base64url character. */
function flip(text: string, index: number): string {
  const replacement = text.charAt(index) === 'A' ? 'B' : 'A';
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

describe('offline codes', () => {
  it('round-trips: the parsed payload is the signed one and the signature verifies', async () => {
    const { sign, jwks } = await newOfflineTestKey('k1');
    const text = await encodeOfflineCode(payload, sign);

    expect(text.startsWith('SOP1.')).toBe(true);
    const code = parsed(text);
    expect(code.payload).toEqual(payload);
    expect(code.signature).toHaveLength(64);
    expect(JSON.parse(new TextDecoder().decode(base64UrlToBytes(code.signedText)))).toEqual(
      payload,
    );
    expect(formatOfflineCode(code.signedText, code.signature)).toBe(text);
    expect(await verifyOfflineCode(code, jwks)).toBe(true);
  });

  it('signs the bytes of the base64url payload text, in P1363 form', async () => {
    const pair = await crypto.subtle.generateKey(OFFLINE_KEY_ALGORITHM, true, ['sign', 'verify']);
    const text = await encodeOfflineCode(payload, offlineCodeSigner(pair.privateKey));
    const code = parsed(text);
    const valid = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      pair.publicKey,
      code.signature,
      encoder.encode(code.signedText),
    );
    expect(valid).toBe(true);
  });

  it('refuses a tampered payload', async () => {
    const { sign, jwks } = await newOfflineTestKey('k1');
    const code = parsed(await encodeOfflineCode(payload, sign));
    const richer = bytesToBase64Url(encoder.encode(JSON.stringify({ ...payload, cap: 500_000 })));
    const tampered = parsed(formatOfflineCode(richer, code.signature));

    expect(tampered.payload.cap).toBe(500_000);
    expect(await verifyOfflineCode(tampered, jwks)).toBe(false);
  });

  it('refuses a tampered signature', async () => {
    const { sign, jwks } = await newOfflineTestKey('k1');
    const text = await encodeOfflineCode(payload, sign);
    const signatureStart = text.lastIndexOf('.') + 1;

    expect(await verifyOfflineCode(parsed(flip(text, signatureStart)), jwks)).toBe(false);
    expect(await verifyOfflineCode(parsed(flip(text, signatureStart + 40)), jwks)).toBe(false);
    const short = text.slice(0, -4);
    expect(await verifyOfflineCode(parsed(short), jwks)).toBe(false);
  });

  it('refuses a code whose kid is not in the set, or names another key', async () => {
    const { sign } = await newOfflineTestKey('k1');
    const other = await newOfflineTestKey('k1');
    const renamed = await newOfflineTestKey('k2');
    const code = parsed(await encodeOfflineCode(payload, sign));

    expect(await verifyOfflineCode(code, other.jwks)).toBe(false);
    expect(await verifyOfflineCode(code, renamed.jwks)).toBe(false);
    expect(await verifyOfflineCode(code, { keys: [] })).toBe(false);
  });

  it('refuses a key that is not a point on the curve', async () => {
    const { sign, jwks } = await newOfflineTestKey('k1');
    const code = parsed(await encodeOfflineCode(payload, sign));
    const [key] = jwks.keys;
    if (!key) throw new Error('no key');
    const broken = { keys: [{ ...key, y: key.x }] };
    expect(await verifyOfflineCode(code, broken)).toBe(false);
  });

  it.each([
    ['an online code', '281234567890123456'],
    ['the prefix alone', 'SOP1.'],
    ['no signature', `SOP1.${bytesToBase64Url(encoder.encode(JSON.stringify(payload)))}`],
    ['an empty signature', `SOP1.${bytesToBase64Url(encoder.encode(JSON.stringify(payload)))}.`],
    ['three parts', 'SOP1.e30.AAAA.AAAA'],
    ['text that is not base64url', 'SOP1.e30+.AAAA'],
    ['a payload that is not JSON', `SOP1.${bytesToBase64Url(encoder.encode('{kid'))}.AAAA`],
    ['a payload that is not UTF-8', `SOP1.${bytesToBase64Url(new Uint8Array([0xff, 0xfe]))}.AAAA`],
    ['an impossible base64url length', 'SOP1.e30.A'],
  ])('refuses %s as malformed', (_, text) => {
    const code = parseOfflineCode(text);
    expect(code).toEqual({ ok: false, message: 'is not a well-formed SOP1 offline code' });
  });

  it.each([
    ['a missing cap', { ...payload, cap: undefined }],
    ['a cap over the maximum', { ...payload, cap: 100_000_001 }],
    ['an unknown provider', { ...payload, provider: 'paypal' }],
    ['a fractional iat', { ...payload, iat: 1.5 }],
    ['an array', [payload]],
  ])('refuses a payload with %s', (_, shape) => {
    const text = `SOP1.${bytesToBase64Url(encoder.encode(JSON.stringify(shape)))}.AAAA`;
    expect(parseOfflineCode(text)).toEqual({
      ok: false,
      message: 'holds an offline payload of the wrong shape',
    });
  });
});

describe('IssueOfflineCodesRequestSchema', () => {
  it('defaults the provider to alipay', () => {
    expect(IssueOfflineCodesRequestSchema.parse({ count: 3, cap: 5000 })).toEqual({
      count: 3,
      cap: 5000,
      provider: 'alipay',
    });
  });

  it.each([
    [{ count: 0, cap: 5000 }, 'count'],
    [{ count: 51, cap: 5000 }, 'count'],
    [{ count: 1, cap: 0 }, 'cap'],
    [{ count: 1, cap: 100_000_001 }, 'cap'],
    [{ count: 1, cap: 12.5 }, 'cap'],
    [{ count: 1, cap: 5000, provider: 'paypal' }, 'provider'],
    [{ count: 1, cap: 5000, tip: 1 }, ''],
  ])('refuses %j at %s', (body, path) => {
    const result = IssueOfflineCodesRequestSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
