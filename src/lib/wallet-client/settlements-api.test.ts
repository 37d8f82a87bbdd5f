import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesToBase64Url } from '../../../protocol/base64url.ts';
import { importTerminalKey, parseAuthorization } from '../../../protocol/signing.ts';
import { WalletProblemError, WalletUnreachableError } from './errors.ts';
import { fetchSettlement } from './settlements-api.ts';

const STATEMENT = {
  date: '2026-11-21',
  lines: [
    {
      type: 'PAYMENT',
      outTradeNo: 'SO1',
      tradeNo: 'tr_1',
      provider: 'alipay',
      amount: 1_000,
      fee: 4,
      at: '2026-11-21T08:00:00.000Z',
    },
  ],
  totals: { gross: 1_000, refunds: 0, fees: 4, net: 996, count: 1 },
};

const reply = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

async function credentials() {
  return { terminalId: 't_1', key: await importTerminalKey(bytesToBase64Url(new Uint8Array(32))) };
}

describe('fetchSettlement', () => {
  const fetchMock = vi.fn<typeof fetch>();

  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
  });

  it('sends a signed GET for the day and returns the parsed statement', async () => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockResolvedValue(reply(200, STATEMENT));

    expect(await fetchSettlement(await credentials(), '2026-11-21')).toEqual(STATEMENT);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/settlements/2026-11-21');
    expect(init?.method).toBe('GET');
    const headers = new Headers(init?.headers);
    expect(parseAuthorization(headers.get('Authorization'))).toMatchObject({
      ok: true,
      parts: { terminalId: 't_1' },
    });
  });

  it('raises the wallet’s refusal as a WalletProblemError', async () => {
    vi.stubGlobal('fetch', fetchMock);
    const detail = 'There is no statement for 2026-11-22 yet: that day has not begun (UTC).';
    fetchMock.mockResolvedValue(
      reply(
        404,
        {
          type: 'urn:saoma:problem:NOT_FOUND',
          title: 'Not found',
          status: 404,
          code: 'NOT_FOUND',
          detail,
        },
        'application/problem+json',
      ),
    );

    const error = await fetchSettlement(await credentials(), '2026-11-22').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WalletProblemError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', detail });
  });

  it('treats no network, or a statement of the wrong shape, as no usable answer', async () => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    fetchMock.mockResolvedValueOnce(reply(200, { ...STATEMENT, totals: undefined }));

    const offline = await fetchSettlement(await credentials(), '2026-11-21').catch(
      (e: unknown) => e,
    );
    expect(offline).toBeInstanceOf(WalletUnreachableError);
    expect(offline).toMatchObject({ noResponse: true });
    await expect(fetchSettlement(await credentials(), '2026-11-21')).rejects.toBeInstanceOf(
      WalletUnreachableError,
    );
  });
});
