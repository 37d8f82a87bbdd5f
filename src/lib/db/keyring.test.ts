import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { JwkSet } from '../../../protocol/offline-code.ts';
import { db } from './database.ts';
import { loadWalletKeys, saveWalletKeys } from './keyring.ts';

const key = (kid: string) =>
  ({ kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'BBBB', kid, alg: 'ES256', use: 'sig' }) as const;

describe('keyring', () => {
  beforeEach(async () => {
    await db.keyring.clear();
  });

  it('has no keys before the first save', async () => {
    expect(await loadWalletKeys()).toBeUndefined();
  });

  it('round-trips the key set with the time it was fetched', async () => {
    const jwks: JwkSet = { keys: [key('k1'), key('k2')] };
    await saveWalletKeys(jwks, new Date('2026-11-21T08:00:00.000Z'));

    expect(await loadWalletKeys()).toEqual({
      id: 'wallet-keys',
      jwks,
      fetchedAt: '2026-11-21T08:00:00.000Z',
    });
  });

  it('replaces the previous set on each save', async () => {
    await saveWalletKeys({ keys: [key('k1')] }, new Date('2026-11-21T08:00:00.000Z'));
    await saveWalletKeys({ keys: [key('k2')] }, new Date('2026-11-22T08:00:00.000Z'));

    expect(await loadWalletKeys()).toEqual({
      id: 'wallet-keys',
      jwks: { keys: [key('k2')] },
      fetchedAt: '2026-11-22T08:00:00.000Z',
    });
    expect(await db.keyring.count()).toBe(1);
  });
});
