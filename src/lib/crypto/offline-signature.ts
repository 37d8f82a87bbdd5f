import {
  verifyOfflineCode,
  webCryptoOfflineCheck,
  type JwkSet,
  type OfflineCode,
} from '../../../protocol/offline-code.ts';
import { nobleOfflineCheck } from './noble-p256.ts';
import { subtleCrypto } from './web-crypto.ts';

/** verifyOfflineCode with WebCrypto where the page has it, else with @noble/curves. */
export function verifyOfflineCodeOnThisPage(code: OfflineCode, jwks: JwkSet): Promise<boolean> {
  return verifyOfflineCode(code, jwks, subtleCrypto() ? webCryptoOfflineCheck : nobleOfflineCheck);
}
