import type { SigningHashes } from '../../../protocol/signing.ts';

/**
 * @noble/hashes, imported dynamically: only a page without WebCrypto ever fetches it. Such a page
 * has no service worker either, so it loads this while online (preloadCryptoFallbacks).
 */
export async function loadNobleHashes() {
  // Destructured where imported, so that the chunks hold these two functions only.
  const [{ hmac }, { sha256 }] = await Promise.all([
    import('@noble/hashes/hmac.js'),
    import('@noble/hashes/sha2.js'),
  ]);
  return { hmac, sha256 };
}

export async function nobleSha256(bytes: Uint8Array): Promise<Uint8Array> {
  const { sha256 } = await loadNobleHashes();
  return sha256(bytes);
}

/** SHA-256 and HMAC-SHA256 under `secret`, computed in JavaScript. */
export async function nobleSigningHashes(secret: Uint8Array): Promise<SigningHashes> {
  const { hmac, sha256 } = await loadNobleHashes();
  return {
    sha256: (bytes) => Promise.resolve(sha256(bytes)),
    hmacSha256: (message) => Promise.resolve(hmac(sha256, secret, message)),
  };
}
