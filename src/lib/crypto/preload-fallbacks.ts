import { loadNobleHashes } from './noble-hashes.ts';
import { loadNobleP256 } from './noble-p256.ts';
import { subtleCrypto } from './web-crypto.ts';

/**
 * On a page without WebCrypto, fetches the JavaScript crypto it signs and checks offline codes
 * with, while the network is there: such a page (plain HTTP) has no service worker either, so a
 * chunk not loaded yet could not be fetched once offline.
 */
export function preloadCryptoFallbacks(): void {
  if (subtleCrypto()) return;
  // A failure here is met again, and reported, where the code is used.
  void Promise.all([loadNobleHashes(), loadNobleP256()]).catch(() => undefined);
}
