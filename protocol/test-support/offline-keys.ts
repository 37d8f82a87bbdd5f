import {
  JwkSetSchema,
  OFFLINE_KEY_ALGORITHM,
  offlineCodeSigner,
  type JwkSet,
} from '../offline-code.ts';

/** A fresh offline-code signing key for tests: its signer, and its public half as a key set. */
export async function newOfflineTestKey(kid: string) {
  const pair = await crypto.subtle.generateKey(OFFLINE_KEY_ALGORITHM, true, ['sign', 'verify']);
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const jwks: JwkSet = JwkSetSchema.parse({
    keys: [{ kty: 'EC', crv: 'P-256', x, y, kid, alg: 'ES256', use: 'sig' }],
  });
  return { sign: offlineCodeSigner(pair.privateKey), jwks };
}
