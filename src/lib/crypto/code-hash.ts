import { bytesToBase64Url } from '../../../protocol/base64url.ts';
import { loadNobleHashes } from './noble-hashes.ts';
import { subtleCrypto } from './web-crypto.ts';

/**
 * The device's secret for hashing payment codes, as IndexedDB keeps it: a non-extractable
 * WebCrypto HMAC key where the page has WebCrypto, else 32 random bytes (a page on plain HTTP,
 * hashing with @noble/hashes), as the terminal key does (terminal-key.ts).
 */
export type CodeHashKey = CryptoKey | Uint8Array<ArrayBuffer>;

/** A keyed hash's prefix: `h1.` and base64url HMAC-SHA256 (a bare SHA-256 was 64 hex digits). */
export const KEYED_CODE_HASH_PREFIX = 'h1.';

const HMAC = { name: 'HMAC', hash: 'SHA-256', length: 256 } as const;
const encoder = new TextEncoder();

/** A new device secret: made once per device and kept (src/lib/db/code-hash-key.ts). */
export async function newCodeHashKey(): Promise<CodeHashKey> {
  const subtle = subtleCrypto();
  if (subtle) return subtle.generateKey(HMAC, false, ['sign']);
  return crypto.getRandomValues(new Uint8Array(32));
}

/** A stored WebCrypto key read on a page of the same origin that has no WebCrypto. */
export class CodeHashKeyUnusableError extends Error {
  constructor() {
    super('The device code-hash key needs WebCrypto');
    this.name = 'CodeHashKeyUnusableError';
  }
}

/**
 * HMAC-SHA256 of the code under the device's secret. A masked code's 12 hidden digits cannot be
 * found from it by trying them all, as they could from a bare SHA-256, without the secret, which
 * IndexedDB holds as a key that cannot be read back out.
 */
export async function keyedCodeHash(key: CodeHashKey, code: string): Promise<string> {
  const bytes = encoder.encode(code);
  let mac: Uint8Array;
  if (key instanceof Uint8Array) {
    const subtle = subtleCrypto();
    if (subtle) {
      const imported = await subtle.importKey('raw', key, HMAC, false, ['sign']);
      mac = new Uint8Array(await subtle.sign('HMAC', imported, bytes));
    } else {
      const { hmac, sha256 } = await loadNobleHashes();
      mac = hmac(sha256, key, bytes);
    }
  } else {
    const subtle = subtleCrypto();
    if (!subtle) throw new CodeHashKeyUnusableError();
    mac = new Uint8Array(await subtle.sign('HMAC', key, bytes));
  }
  return KEYED_CODE_HASH_PREFIX + bytesToBase64Url(mac);
}

/** Whether a stored hash is keyed; a bare SHA-256 from before could be brute-forced. */
export function isKeyedCodeHash(hash: string): boolean {
  return hash.startsWith(KEYED_CODE_HASH_PREFIX);
}
