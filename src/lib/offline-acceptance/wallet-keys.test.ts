import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/database.ts';
import { loadWalletKeys } from '../db/keyring.ts';
import { cachedWalletKeys, refreshWalletKeys } from './wallet-keys.ts';

const KEY = { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'BBBB', kid: 'k1', alg: 'ES256', use: 'sig' };
const NOW = new Date('2026-11-21T08:00:00.000Z');

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('wallet keys', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(async () => {
    await db.keyring.clear();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
  });

  it('has no cached keys before the first refresh', async () => {
    expect(await cachedWalletKeys()).toBeUndefined();
  });

  it('fetches the keys, caches them with the fetch time and returns them', async () => {
    fetchMock.mockResolvedValue(json(200, { keys: [KEY] }));

    expect(await refreshWalletKeys(() => NOW)).toEqual({ keys: [KEY] });
    expect(await cachedWalletKeys()).toEqual({ keys: [KEY] });
    expect((await loadWalletKeys())?.fetchedAt).toBe(NOW.toISOString());
  });

  it('keeps the cached keys when the wallet cannot be reached', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { keys: [KEY] }));
    await refreshWalletKeys(() => NOW);
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));

    await expect(refreshWalletKeys()).rejects.toThrow('The wallet could not be reached.');
    expect(await cachedWalletKeys()).toEqual({ keys: [KEY] });
  });
});
