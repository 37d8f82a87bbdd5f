import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { maskPaymentCode } from '../../protocol/payment-code.ts';

/** The HMAC key's length in bytes. */
export const CODE_HASH_KEY_BYTES = 32;

/** What the wallet keeps of a code instead of its text (docs/API.md, "What the wallet keeps"). */
export type CodeHasher = {
  /** HMAC-SHA256 of the code text under the server's secret, as base64url (43 characters). */
  hash(code: string): string;
  /** Whether a stored hash is this code's: a keyed hash, or a bare SHA-256 from before keying. */
  matches(stored: string, code: string): boolean;
};

/** Payments made before codes were keyed keep the code's bare SHA-256 as 64 hex digits. */
const UNKEYED_HASH = /^[0-9a-f]{64}$/;

export function unkeyedHash(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}

export function codeHasher(key: Uint8Array): CodeHasher {
  if (key.length !== CODE_HASH_KEY_BYTES) {
    throw new Error(`The code hash key must be ${String(CODE_HASH_KEY_BYTES)} bytes`);
  }
  const secret = Buffer.from(key);
  const hash = (code: string) =>
    createHmac('sha256', secret).update(code, 'utf8').digest('base64url');
  return {
    hash,
    matches(stored, code) {
      const expected = UNKEYED_HASH.test(stored) ? unkeyedHash(code) : hash(code);
      const a = Buffer.from(stored);
      const b = Buffer.from(expected);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}

/** The first 2 and last 4 characters of a code, the rest as `*`: what may be shown. */
export function codeMask(code: string): string {
  return maskPaymentCode(code);
}
