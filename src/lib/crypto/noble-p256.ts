import { base64UrlToBytes } from '../../../protocol/base64url.ts';
import type { OfflineSignatureCheck } from '../../../protocol/offline-code.ts';

const COORDINATE_BYTES = 32;

/** @noble/curves' P-256, imported dynamically (see loadNobleHashes). */
export async function loadNobleP256() {
  // Destructured where imported, so that the chunk holds P-256 only.
  const { p256 } = await import('@noble/curves/nist.js');
  return p256;
}

/**
 * ECDSA P-256 verification in JavaScript, as WebCrypto does it: the signature is r‖s (P1363, 64
 * bytes) and the message is hashed with SHA-256. A high S is refused, as the wallet's
 * verification refuses it: the wallet signs low-S only (protocol/ecdsa-low-s.ts).
 */
export const nobleOfflineCheck: OfflineSignatureCheck = async (jwk, signature, signed) => {
  const x = base64UrlToBytes(jwk.x);
  const y = base64UrlToBytes(jwk.y);
  if (x.length !== COORDINATE_BYTES || y.length !== COORDINATE_BYTES) return false;
  const publicKey = new Uint8Array(1 + 2 * COORDINATE_BYTES);
  publicKey[0] = 0x04; // an uncompressed point: 04‖x‖y
  publicKey.set(x, 1);
  publicKey.set(y, 1 + COORDINATE_BYTES);
  const p256 = await loadNobleP256();
  return p256.verify(signature, signed, publicKey, {
    format: 'compact',
    prehash: true,
    lowS: true,
  });
};
