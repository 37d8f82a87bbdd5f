import { bytesToHex } from './base64url.ts';

/** The part of `crypto` used here. `randomUUID` is missing outside a secure context. */
type RandomSource = { randomUUID?: () => string; getRandomValues: (array: Uint8Array) => unknown };

/**
 * A random RFC 4122 version 4 UUID. A terminal opened over plain HTTP on the LAN is not a secure
 * context, so its browser has no `crypto.randomUUID`; `crypto.getRandomValues` it always has.
 */
export function randomUuid(source: RandomSource = crypto): string {
  if (source.randomUUID) return source.randomUUID();
  const bytes = new Uint8Array(16);
  source.getRandomValues(bytes);
  const hex = bytesToHex(bytes);
  // Version 4 in the 13th hex digit; the variant's two top bits 10 in the 17th.
  const variant = '89ab'.charAt(Number.parseInt(hex.charAt(16), 16) & 3);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}
