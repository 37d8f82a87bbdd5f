import { describe, expect, it } from 'vitest';
import { newOfflineTestKey } from '../../../protocol/test-support/offline-keys.ts';
import { bytesToBase64Url } from '../../../protocol/base64url.ts';
import { flipS, isLowS } from '../../../protocol/ecdsa-low-s.ts';
import {
  encodeOfflineCode,
  formatOfflineCode,
  parseOfflineCode,
  verifyOfflineCode,
  webCryptoOfflineCheck,
  type JwkSet,
  type OfflineCode,
  type OfflineCodePayload,
} from '../../../protocol/offline-code.ts';
import { nobleOfflineCheck } from './noble-p256.ts';

function payload(i: number): OfflineCodePayload {
  return {
    kid: 'k1',
    cid: `c-${i}`,
    wid: 'w_abc',
    provider: i % 2 ? 'wechat' : 'alipay',
    iat: 1_700_000_000_000 + i,
    exp: 1_700_086_400_000 + i,
    cap: 100 * (i + 1),
  };
}

function parsed(text: string): OfflineCode {
  const code = parseOfflineCode(text);
  if (!code.ok) throw new Error(code.message);
  return code;
}

/** The same signature with S replaced by N - S: its high-S twin, which WebCrypto would accept. */
function otherS(code: OfflineCode): OfflineCode {
  return parsed(formatOfflineCode(code.signedText, flipS(code.signature)));
}

async function bothChecks(code: OfflineCode, jwks: JwkSet): Promise<[boolean, boolean]> {
  return [
    await verifyOfflineCode(code, jwks, webCryptoOfflineCheck),
    await verifyOfflineCode(code, jwks, nobleOfflineCheck),
  ];
}

describe('offline code signatures without WebCrypto', () => {
  it('accepts what the wallet signed (low S), and refuses its high-S twin on both paths', async () => {
    const { sign, jwks } = await newOfflineTestKey('k1');
    for (let i = 0; i < 12; i++) {
      const code = parsed(await encodeOfflineCode(payload(i), sign));
      expect(isLowS(code.signature)).toBe(true);
      expect(await bothChecks(code, jwks)).toEqual([true, true]);
      expect(await bothChecks(otherS(code), jwks)).toEqual([false, false]);
    }
  });

  it('refuses what WebCrypto refuses', async () => {
    const { sign, jwks } = await newOfflineTestKey('k1');
    const other = await newOfflineTestKey('k1');
    const code = parsed(await encodeOfflineCode(payload(1), sign));
    const raisedCap = JSON.stringify({ ...payload(1), cap: 1_000_000 });
    const forged = bytesToBase64Url(new TextEncoder().encode(raisedCap));
    const bitFlipped = new Uint8Array(code.signature);
    bitFlipped[5] = (bitFlipped[5] ?? 0) ^ 1;
    const [jwk] = jwks.keys;
    if (!jwk) throw new Error('no key');
    const cases: [OfflineCode, JwkSet][] = [
      [{ ...code, signedText: forged }, jwks],
      [{ ...code, signature: bitFlipped }, jwks],
      [{ ...code, signature: code.signature.slice(0, 63) }, jwks],
      [{ ...code, signature: new Uint8Array(64) }, jwks],
      [code, other.jwks],
      [code, { keys: [{ ...jwk, x: jwk.y, y: jwk.x }] }],
      [code, { keys: [{ ...jwk, x: jwk.x.slice(0, 20) }] }],
      [code, { keys: [] }],
    ];
    for (const [candidate, keys] of cases) {
      expect(await bothChecks(candidate, keys)).toEqual([false, false]);
    }
  });
});
