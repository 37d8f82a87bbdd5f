import { createHash } from 'node:crypto';
import { z } from 'zod';
import { bytesToBase64Url } from '../../protocol/base64url.ts';
import { OFFLINE_KEY_ALGORITHM, type OfflineVerificationJwk } from '../../protocol/offline-code.ts';
import type { SigningKeyRecord } from '../store/signing-keys-repo.ts';

export const PrivateJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().min(1),
  y: z.string().min(1),
  d: z.string().min(1),
});
export type PrivateJwk = z.infer<typeof PrivateJwkSchema>;

/** A fresh ECDSA P-256 key pair for offline codes, named by its RFC 7638 thumbprint. */
export async function newSigningKey(at: number): Promise<SigningKeyRecord> {
  const pair = await crypto.subtle.generateKey(OFFLINE_KEY_ALGORITHM, true, ['sign', 'verify']);
  const privateJwk = PrivateJwkSchema.parse(await crypto.subtle.exportKey('jwk', pair.privateKey));
  const kid = jwkThumbprint(privateJwk);
  const publicJwk: OfflineVerificationJwk = {
    kty: 'EC',
    crv: 'P-256',
    x: privateJwk.x,
    y: privateJwk.y,
    kid,
    alg: 'ES256',
    use: 'sig',
  };
  return {
    kid,
    privateJwk: JSON.stringify(privateJwk),
    publicJwk: JSON.stringify(publicJwk),
    createdAt: at,
  };
}

/** RFC 7638: SHA-256 over the required members, in lexicographic order, without whitespace. */
export function jwkThumbprint(jwk: Pick<PrivateJwk, 'crv' | 'kty' | 'x' | 'y'>): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return bytesToBase64Url(createHash('sha256').update(canonical).digest());
}
