import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchWalletKeys } from './keys-api.ts';
import { WalletUnreachableError } from './errors.ts';

const KEY = { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'BBBB', kid: 'k1', alg: 'ES256', use: 'sig' };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('fetchWalletKeys', () => {
  const fetchMock = vi.fn<typeof fetch>();

  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
  });

  it('GETs /api/v1/keys and returns the parsed key set', async () => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockResolvedValue(json(200, { keys: [KEY] }));

    expect(await fetchWalletKeys()).toEqual({ keys: [KEY] });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/keys');
    expect(init?.method).toBe('GET');
  });

  it('treats a key set of the wrong shape as no usable answer', async () => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockResolvedValue(json(200, { keys: [{ ...KEY, d: undefined, crv: 'P-384' }] }));

    await expect(fetchWalletKeys()).rejects.toBeInstanceOf(WalletUnreachableError);
  });

  it('reports a network failure as the wallet being unreachable', async () => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    await expect(fetchWalletKeys()).rejects.toBeInstanceOf(WalletUnreachableError);
  });
});
