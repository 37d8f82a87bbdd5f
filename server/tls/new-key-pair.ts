import { generateKeyPairSync } from 'node:crypto';

export type KeyPairPem = { publicKeyPem: string; privateKeyPem: string };

/** An RSA-2048 key pair: what every browser and both mobile systems accept. */
export function newKeyPair(): KeyPairPem {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKeyPem: publicKey, privateKeyPem: privateKey };
}
