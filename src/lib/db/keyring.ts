import type { JwkSet } from '../../../protocol/offline-code.ts';
import { db, type KeyringRow } from './database.ts';

export async function saveWalletKeys(jwks: JwkSet, now: Date): Promise<void> {
  await db.keyring.put({ id: 'wallet-keys', jwks, fetchedAt: now.toISOString() });
}

export async function loadWalletKeys(): Promise<KeyringRow | undefined> {
  return db.keyring.get('wallet-keys');
}
