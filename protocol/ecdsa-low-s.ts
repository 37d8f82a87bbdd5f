/**
 * ECDSA signatures are malleable: if (r, s) is valid, so is (r, n - s). An offline code must have
 * exactly one valid text (its text is what the wallet and the terminal remember), so the wallet
 * signs with the lower of the two ("low S", s <= n/2) and both sides refuse the other one.
 * Signatures here are P1363: r‖s, 32 bytes each.
 */

/** The order of the P-256 group. */
export const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const HALF_ORDER = P256_ORDER >> 1n;
const HALF_BYTES = 32;

function bytesToBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

function bigIntToBytes(value: bigint): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(HALF_BYTES);
  let rest = value;
  for (let index = HALF_BYTES - 1; index >= 0; index -= 1) {
    bytes[index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return bytes;
}

/** s of a 64-byte P1363 signature, or null when it is not 64 bytes. */
function sOf(signature: Uint8Array): bigint | null {
  if (signature.length !== 2 * HALF_BYTES) return null;
  return bytesToBigInt(signature.subarray(HALF_BYTES));
}

/** True for a 64-byte signature whose s is at most n/2. */
export function isLowS(signature: Uint8Array): boolean {
  const s = sOf(signature);
  return s !== null && s <= HALF_ORDER;
}

/** The same signature with s replaced by n - s: the other valid text of a signature. */
export function flipS(signature: Uint8Array): Uint8Array<ArrayBuffer> {
  const s = sOf(signature);
  if (s === null) throw new RangeError('a P-256 P1363 signature is 64 bytes');
  const flipped = new Uint8Array(2 * HALF_BYTES);
  flipped.set(signature.subarray(0, HALF_BYTES));
  flipped.set(bigIntToBytes(P256_ORDER - s), HALF_BYTES);
  return flipped;
}

/** The low-S form of a signature (WebCrypto signs with either). */
export function toLowS(signature: Uint8Array): Uint8Array<ArrayBuffer> {
  return isLowS(signature) ? new Uint8Array(signature) : flipS(signature);
}
