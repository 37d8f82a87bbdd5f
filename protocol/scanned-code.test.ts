import { describe, expect, it } from 'vitest';
import { encodeOfflineCode, type OfflineCodePayload } from './offline-code.ts';
import { routeScannedCode } from './scanned-code.ts';

const payload: OfflineCodePayload = {
  kid: 'k1',
  cid: 'c1',
  wid: 'w1',
  provider: 'wechat',
  iat: 1_000,
  exp: 2_000,
  cap: 20_000,
};

describe('routeScannedCode', () => {
  it('routes an online code by its prefix', () => {
    expect(routeScannedCode(' 281234567890123456 ')).toEqual({
      ok: true,
      kind: 'online',
      provider: 'alipay',
      code: '281234567890123456',
    });
  });

  it('routes an offline code by the provider it names, before checking its signature', async () => {
    const text = await encodeOfflineCode(payload, () => Promise.resolve(new ArrayBuffer(64)));
    const route = routeScannedCode(text);
    expect(route).toMatchObject({ ok: true, kind: 'offline', provider: 'wechat', code: text });
  });

  it('refuses a broken offline code with its own message', () => {
    const route = routeScannedCode('SOP1.not-json.sig');
    expect(route).toMatchObject({ ok: false, reason: 'MALFORMED_OFFLINE_CODE' });
    if (!route.ok) expect(route.message).toMatch(/^Not a valid offline code/);
  });

  it('refuses anything else as not a payment code', () => {
    expect(routeScannedCode('https://example.com')).toMatchObject({
      ok: false,
      reason: 'NOT_A_PAYMENT_CODE',
    });
    expect(routeScannedCode('  ')).toMatchObject({ ok: false, reason: 'EMPTY' });
  });
});
