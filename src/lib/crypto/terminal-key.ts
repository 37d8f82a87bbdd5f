import { base64UrlToBytes, bytesToBase64Url } from '../../../protocol/base64url.ts';
import {
  importTerminalKey,
  type RequestSigningKey,
  type SigningKey,
} from '../../../protocol/signing.ts';
import { t } from '../i18n/translate.ts';
import { nobleSigningHashes } from './noble-hashes.ts';
import { subtleCrypto } from './web-crypto.ts';

/**
 * The terminal's HMAC key as IndexedDB keeps it. Where the page has WebCrypto it is a
 * non-extractable CryptoKey, so the secret cannot be read back. A page outside a secure context
 * has no WebCrypto: there it is the secret's raw bytes, and @noble/hashes signs with them.
 */
export type TerminalKey = SigningKey | Uint8Array<ArrayBuffer>;

/** A stored WebCrypto key, read by a page of the same origin that has no WebCrypto. */
export class TerminalKeyUnusableError extends Error {
  constructor() {
    super(t('secureContext.keyNeedsSecurePage'));
    this.name = 'TerminalKeyUnusableError';
  }
}

/** Turns the secret the wallet sent at pairing (base64url) into the key to keep. */
export function importTerminalSecret(secret: string): Promise<TerminalKey> {
  if (subtleCrypto()) return importTerminalKey(secret);
  return Promise.resolve(base64UrlToBytes(secret));
}

/**
 * What this page signs requests with, from the stored key. Throws TerminalKeyUnusableError for a
 * CryptoKey on a page without WebCrypto: only WebCrypto can use it, and it cannot be exported.
 */
export async function signingKeyFor(key: TerminalKey): Promise<RequestSigningKey> {
  const webCrypto = subtleCrypto() !== undefined;
  if (!(key instanceof Uint8Array)) {
    if (!webCrypto) throw new TerminalKeyUnusableError();
    return key;
  }
  return webCrypto ? importTerminalKey(bytesToBase64Url(key)) : nobleSigningHashes(key);
}
