import { keyedCodeHash, newCodeHashKey, type CodeHashKey } from '../crypto/code-hash.ts';
import { db } from './database.ts';
import { guardStorage } from './storage-errors.ts';

/**
 * The device's code-hash key, made on first use and kept in IndexedDB (`deviceSecrets`). The key
 * is made before the transaction, which must not wait on WebCrypto; if another tab stored one
 * meanwhile, that one wins and this one is dropped, so every tab hashes with the same key. A full
 * disk is StorageFullError, as for the sale itself.
 */
export async function deviceCodeHashKey(): Promise<CodeHashKey> {
  const stored = await guardStorage(() => db.deviceSecrets.get('code-hash'));
  if (stored) return stored.key;
  const made = await newCodeHashKey();
  return guardStorage(() =>
    db.transaction('rw', db.deviceSecrets, async () => {
      const raced = await db.deviceSecrets.get('code-hash');
      if (raced) return raced.key;
      await db.deviceSecrets.put({
        id: 'code-hash',
        key: made,
        createdAt: new Date().toISOString(),
      });
      return made;
    }),
  );
}

/** The hash a sale keeps beside its code: keyed with the device's secret. */
export async function saleCodeHash(code: string): Promise<string> {
  return keyedCodeHash(await deviceCodeHashKey(), code);
}
