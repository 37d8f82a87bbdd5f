import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flipS, isLowS, P256_ORDER, toLowS } from './ecdsa-low-s.ts';
import {
  encodeOfflineCode,
  formatOfflineCode,
  parseOfflineCode,
  verifyOfflineCode,
  type OfflineCode,
  type OfflineCodePayload,
} from './offline-code.ts';
import { newOfflineTestKey } from './test-support/offline-keys.ts';

function parsed(text: string): OfflineCode {
  const code = parseOfflineCode(text);
  if (!code.ok) throw new Error(code.message);
  return code;
}

function sOf(signature: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(signature.subarray(32)).toString('hex')}`);
}

const payload: OfflineCodePayload = {
  kid: 'k1',
  cid: 'c-1',
  wid: 'w_abc',
  provider: 'alipay',
  iat: 1_700_000_000_000,
  exp: 1_700_086_400_000,
  cap: 500,
};

describe('low-S offline code signatures', () => {
  it('flips s to n - s and back, and exactly one of the pair is low', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (bytes) => {
        const s = sOf(bytes);
        fc.pre(s > 0n && s < P256_ORDER);
        const twin = flipS(bytes);
        expect(sOf(twin)).toBe(P256_ORDER - s);
        expect(flipS(twin)).toEqual(new Uint8Array(bytes));
        expect(isLowS(bytes)).not.toBe(isLowS(twin));
        expect(isLowS(toLowS(bytes))).toBe(true);
      }),
    );
  });

  it('takes s = (n-1)/2 as low and (n+1)/2 as high', () => {
    const at = (s: bigint) => {
      const bytes = new Uint8Array(64);
      bytes.set(Buffer.from(s.toString(16).padStart(64, '0'), 'hex'), 32);
      return bytes;
    };
    expect(isLowS(at((P256_ORDER - 1n) / 2n))).toBe(true);
    expect(isLowS(at((P256_ORDER + 1n) / 2n))).toBe(false);
    expect(isLowS(new Uint8Array(63))).toBe(false);
  });

  it('issues only low-S signatures, and refuses the high-S twin of a good code', async () => {
    const { sign, jwks } = await newOfflineTestKey('k1');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (cap) => {
        const code = parsed(await encodeOfflineCode({ ...payload, cap }, sign));
        expect(isLowS(code.signature)).toBe(true);
        expect(await verifyOfflineCode(code, jwks)).toBe(true);
        const twin = parsed(formatOfflineCode(code.signedText, flipS(code.signature)));
        expect(await verifyOfflineCode(twin, jwks)).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
});
