import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bytesToBase64Url } from '../../../protocol/base64url.ts';
import {
  computeSignature,
  importTerminalKey,
  parseAuthorization,
  signRequest,
  verifySignature,
  type RequestToSign,
} from '../../../protocol/signing.ts';
import { nobleSigningHashes } from './noble-hashes.ts';
import { sha256Hex } from './sha256-hex.ts';
import { importTerminalSecret, signingKeyFor, TerminalKeyUnusableError } from './terminal-key.ts';

// Vitest runs in Node, which has WebCrypto: `page.secure = false` plays a page over plain HTTP.
const page = vi.hoisted(() => ({ secure: true }));
vi.mock('./web-crypto.ts', () => ({
  subtleCrypto: () => (page.secure ? crypto.subtle : undefined),
}));

const secretBytes = new Uint8Array(32).map((_, i) => (i * 37 + 11) % 256);
const secret = bytesToBase64Url(secretBytes);

const PAY: RequestToSign = {
  method: 'POST',
  pathWithQuery: '/api/v1/payments',
  body: '{"outTradeNo":"T20240101","amount":1250,"authCode":"134567890123456789"}',
  ts: 1_700_000_000_000,
  nonce: '6f1c7a4e-3b5d-4f21-9a0e-1c2d3e4f5a6b',
};

const REQUESTS: RequestToSign[] = [
  PAY,
  {
    method: 'get',
    pathWithQuery: '/api/v1/payments/T1?x=1&y=2',
    body: '',
    ts: 1,
    nonce: 'abcdefgh',
  },
  {
    method: 'POST',
    pathWithQuery: '/api/v1/payments/T1/refunds',
    body: '{"reason":"退款：顾客不要了 ✓"}',
    ts: 1_799_999_999_999,
    nonce: '00000000-0000-4000-8000-000000000000',
  },
  {
    method: 'GET',
    pathWithQuery: '/api/v1/settlements?date=2024-01-01',
    body: 'x'.repeat(100_000),
    ts: 42,
    nonce: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
  },
];

const V4_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function partsOf(header: string) {
  const parsed = parseAuthorization(header);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.parts;
}

beforeEach(() => {
  page.secure = true;
});

describe('the terminal key without WebCrypto', () => {
  it('gives byte for byte the signatures WebCrypto gives', async () => {
    const webCrypto = await importTerminalKey(secret);
    const noble = await nobleSigningHashes(secretBytes);
    for (const request of REQUESTS) {
      const sig = await computeSignature(noble, request);
      expect(sig).toBe(await computeSignature(webCrypto, request));
      expect(await verifySignature(webCrypto, request, sig)).toBe(true);
    }
  });

  it('is kept as raw bytes on a page without WebCrypto, and signs', async () => {
    page.secure = false;
    const stored = await importTerminalSecret(secret);
    expect(stored).toEqual(secretBytes);
    const header = await signRequest('t_1', await signingKeyFor(stored), PAY);
    const webCrypto = await importTerminalKey(secret);
    expect(await verifySignature(webCrypto, PAY, partsOf(header).sig)).toBe(true);
  });

  it('signs with neither crypto.subtle nor crypto.randomUUID, as over plain HTTP', async () => {
    const webCrypto = await importTerminalKey(secret);
    page.secure = false;
    const key = await signingKeyFor(await importTerminalSecret(secret));
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', {
      getRandomValues: <T extends ArrayBufferView>(array: T) => real.getRandomValues(array),
    });
    const { method, pathWithQuery, body } = PAY;
    let header: string;
    try {
      header = await signRequest('t_1', key, { method, pathWithQuery, body });
    } finally {
      vi.unstubAllGlobals();
    }
    const { ts, nonce, sig } = partsOf(header);
    expect(nonce).toMatch(V4_UUID);
    expect(await verifySignature(webCrypto, { ...PAY, ts, nonce }, sig)).toBe(true);
  });

  it('is a non-extractable CryptoKey where the page has WebCrypto', async () => {
    const stored = await importTerminalSecret(secret);
    if (stored instanceof Uint8Array) throw new Error('expected a CryptoKey');
    expect(stored.extractable).toBe(false);
    expect(await signingKeyFor(stored)).toBe(stored);
  });

  it('still signs when stored by an insecure page and read by a secure one', async () => {
    page.secure = false;
    const stored = await importTerminalSecret(secret);
    page.secure = true;
    const key = await signingKeyFor(stored);
    const webCrypto = await importTerminalKey(secret);
    for (const request of REQUESTS) {
      expect(await computeSignature(key, request)).toBe(await computeSignature(webCrypto, request));
    }
  });

  it('refuses a stored CryptoKey on a page without WebCrypto, saying what to do', async () => {
    const stored = await importTerminalSecret(secret);
    page.secure = false;
    const refusal = signingKeyFor(stored);
    await expect(refusal).rejects.toBeInstanceOf(TerminalKeyUnusableError);
    await expect(refusal).rejects.toThrow(/paired on a secure page.*Open the terminal over HTTPS/);
  });
});

describe('sha256Hex', () => {
  it('hashes the same with and without WebCrypto', async () => {
    for (const text of ['', 'abc', '134567890123456789', '付款码 ✓', 'x'.repeat(70_000)]) {
      const withWebCrypto = await sha256Hex(text);
      page.secure = false;
      expect(await sha256Hex(text)).toBe(withWebCrypto);
      page.secure = true;
    }
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
