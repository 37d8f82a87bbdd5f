import {
  importOfflineVerificationKey,
  OFFLINE_KEY_ALGORITHM,
  OfflineVerificationJwkSchema,
  type JwkSet,
  type OfflineCodeKey,
} from '../../protocol/offline-code.ts';
import type { Deps } from '../deps.ts';
import type { SigningKeyRecord } from '../store/signing-keys-repo.ts';
import type { Store } from '../store/store.ts';
import { newSigningKey, PrivateJwkSchema } from './new-signing-key.ts';

/** The wallet's offline-code keys, imported once per store. */
export type KeyRing = {
  /** The newest key signs new codes. */
  signing: { kid: string; key: OfflineCodeKey };
  verifying: ReadonlyMap<string, OfflineCodeKey>;
};

type KeyDeps = Pick<Deps, 'store' | 'now'>;

const rings = new WeakMap<Store, Promise<KeyRing>>();

/** The store's keys, made and stored on first need. */
export function keyRing(deps: KeyDeps): Promise<KeyRing> {
  return rings.get(deps.store) ?? reload(deps);
}

/** The key to check a code by its `kid`; undefined when no stored key has it. */
export async function verificationKey(
  deps: KeyDeps,
  kid: string,
): Promise<OfflineCodeKey | undefined> {
  const known = (await keyRing(deps)).verifying.get(kid);
  if (known) return known;
  // Another server process on the same database may have made a key since this one loaded.
  return (await reload(deps)).verifying.get(kid);
}

/**
 * The public keys as stored, newest first. Read afresh each time, so the set includes keys that
 * other server processes on the same database made.
 */
export async function publishedKeys(deps: KeyDeps): Promise<JwkSet> {
  await keyRing(deps);
  return jwksOf(await deps.store.transaction((r) => r.signingKeys.list()));
}

function reload(deps: KeyDeps): Promise<KeyRing> {
  const ring = loadKeyRing(deps);
  rings.set(deps.store, ring);
  void ring.catch(() => {
    if (rings.get(deps.store) === ring) rings.delete(deps.store);
  });
  return ring;
}

async function loadKeyRing({ store, now }: KeyDeps): Promise<KeyRing> {
  let records = await store.transaction((r) => r.signingKeys.list());
  if (records.length === 0) {
    // Crypto cannot run inside a transaction, so the key is made first and may go unused.
    const fresh = await newSigningKey(now());
    records = await store.transaction(async (r) => {
      const stored = await r.signingKeys.list();
      if (stored.length > 0) return stored;
      await r.signingKeys.insert(fresh);
      return [fresh];
    });
  }
  return ringOf(records);
}

async function ringOf(records: SigningKeyRecord[]): Promise<KeyRing> {
  const [newest] = records;
  if (!newest) throw new Error('There is no signing key');
  const jwks = jwksOf(records);
  const verifying = new Map<string, OfflineCodeKey>();
  for (const jwk of jwks.keys) verifying.set(jwk.kid, await importOfflineVerificationKey(jwk));
  const { kty, crv, x, y, d } = PrivateJwkSchema.parse(JSON.parse(newest.privateJwk));
  const key = await crypto.subtle.importKey(
    'jwk',
    { kty, crv, x, y, d },
    OFFLINE_KEY_ALGORITHM,
    false,
    ['sign'],
  );
  return { signing: { kid: newest.kid, key }, verifying };
}

function jwksOf(records: SigningKeyRecord[]): JwkSet {
  return {
    keys: records.map((record) => OfflineVerificationJwkSchema.parse(JSON.parse(record.publicJwk))),
  };
}
