import { bytesToHex } from '../../../protocol/base64url.ts';
import { nobleSha256 } from './noble-hashes.ts';
import { subtleCrypto } from './web-crypto.ts';

const encoder = new TextEncoder();

/** SHA-256 of the text as hex: with WebCrypto where the page has it, else in JavaScript. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = encoder.encode(text);
  const subtle = subtleCrypto();
  const digest = subtle
    ? new Uint8Array(await subtle.digest('SHA-256', bytes))
    : await nobleSha256(bytes);
  return bytesToHex(digest);
}
