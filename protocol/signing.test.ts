import { describe, expect, it } from 'vitest';
import { bytesToBase64Url } from './base64url.ts';
import {
  canonicalRequest,
  computeSignature,
  formatAuthorization,
  importTerminalKey,
  parseAuthorization,
  sha256Hex,
  signRequest,
  verifySignature,
} from './signing.ts';

const secret = bytesToBase64Url(new Uint8Array(32).map((_, i) => i));
const request = {
  method: 'POST',
  pathWithQuery: '/api/v1/payments',
  body: '{"amount":1250}',
  ts: 1_700_000_000_000,
  nonce: '6f1c7a4e-3b5d-4f21-9a0e-1c2d3e4f5a6b',
};

describe('request signing', () => {
  it('builds the canonical string of the protocol', async () => {
    expect(await sha256Hex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(canonicalRequest('post', '/a?b=1', 5, 'n', 'h')).toBe('POST\n/a?b=1\n5\nn\nh');
  });

  it('matches an HMAC-SHA256 computed independently with node:crypto', async () => {
    const { createHash, createHmac } = await import('node:crypto');
    const key = await importTerminalKey(secret);
    const bodyHash = createHash('sha256').update(request.body).digest('hex');
    const expected = createHmac('sha256', Buffer.from(secret, 'base64url'))
      .update(`POST\n/api/v1/payments\n${request.ts}\n${request.nonce}\n${bodyHash}`)
      .digest('base64url');
    expect(await computeSignature(key, request)).toBe(expected);
  });

  it('verifies its own signature and rejects any change', async () => {
    const key = await importTerminalKey(secret);
    const sig = await computeSignature(key, request);
    expect(await verifySignature(key, request, sig)).toBe(true);
    expect(await verifySignature(key, { ...request, body: '{"amount":1251}' }, sig)).toBe(false);
    expect(await verifySignature(key, { ...request, pathWithQuery: '/api/v1/x' }, sig)).toBe(false);
    expect(await verifySignature(key, { ...request, ts: request.ts + 1 }, sig)).toBe(false);
    expect(await verifySignature(key, request, 'not base64url!')).toBe(false);
  });

  it('keeps the terminal key non-extractable', async () => {
    const key = await importTerminalKey(secret);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('round-trips the Authorization header', async () => {
    const key = await importTerminalKey(secret);
    const header = await signRequest('t_1', key, request);
    const parsed = parseAuthorization(header);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.parts).toMatchObject({ terminalId: 't_1', ts: request.ts, nonce: request.nonce });
    expect(await verifySignature(key, request, parsed.parts.sig)).toBe(true);
    expect(formatAuthorization({ terminalId: 't', ts: 1, nonce: 'n', sig: 's' })).toBe(
      'Saoma-HMAC-SHA256 terminal=t,ts=1,nonce=n,sig=s',
    );
  });

  const REST = 'ts=1,nonce=6f1c7a4e-3b5d,sig=x';
  it.each([
    [undefined, 'Missing'],
    ['Bearer abc', 'scheme'],
    ['Saoma-HMAC-SHA256 terminal=t,ts=1', 'needs'],
    ['Saoma-HMAC-SHA256 terminal=t,ts=soon,nonce=6f1c7a4e-3b5d,sig=x', 'ts'],
    ['Saoma-HMAC-SHA256 garbage', 'Malformed'],
    [`Saoma-HMAC-SHA256 terminal=a,terminal=b,${REST}`, 'repeats the field terminal'],
    [`Saoma-HMAC-SHA256 terminal=a,${REST},sig=other`, 'repeats the field sig'],
    [`Saoma-HMAC-SHA256 terminal=a,ts=1,${REST}`, 'repeats the field ts'],
    [`Saoma-HMAC-SHA256 terminal=a,${REST}, Saoma-HMAC-SHA256 terminal=b`, 'Malformed'],
  ])('rejects the header %j', (header, message) => {
    const parsed = parseAuthorization(header);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
