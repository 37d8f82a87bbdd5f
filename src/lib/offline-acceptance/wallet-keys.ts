import type { JwkSet } from '../../../protocol/offline-code.ts';
import { loadWalletKeys, saveWalletKeys } from '../db/keyring.ts';
import { fetchWalletKeys } from '../wallet-client/keys-api.ts';

/** Fetches the wallet's keys and caches them for offline use; throws like any wallet call. */
export async function refreshWalletKeys(now: () => Date = () => new Date()): Promise<JwkSet> {
  const jwks = await fetchWalletKeys();
  await saveWalletKeys(jwks, now());
  return jwks;
}

export async function cachedWalletKeys(): Promise<JwkSet | undefined> {
  return (await loadWalletKeys())?.jwks;
}
