const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A merchant-unique trade number made on the device before any network call. */
export function newOutTradeNo(now: Date): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const random = crypto.getRandomValues(new Uint8Array(10));
  let suffix = '';
  for (const byte of random) suffix += ALPHABET.charAt(byte % ALPHABET.length);
  return `SO${stamp}${suffix}`;
}
