import { describe, expect, it } from 'vitest';
import { encodeOfflineCode } from '../../../../protocol/offline-code.ts';
import { hasValidEan13CheckDigit } from './check-digit.ts';
import { OUT_OF_VIEW_MS, ScanFilter, type FrameRead } from './scan-filter.ts';

const WECHAT = '134567890123456789';
const zxingQr = (text: string): FrameRead => ({ text, format: 'qr_code', source: 'zxing' });
const nativeQr = (text: string): FrameRead => ({ text, format: 'qr_code', source: 'native' });

describe('ScanFilter', () => {
  it('accepts a verified payment code on its first frame', () => {
    const filter = new ScanFilter();
    expect(filter.offer(zxingQr(WECHAT), 0)).toEqual({
      kind: 'accepted',
      scanned: { ok: true, kind: 'online', code: WECHAT, provider: 'wechat' },
      format: 'qr_code',
    });
  });

  it('waits for a second consecutive frame when the decoder did not verify the read', () => {
    const filter = new ScanFilter();
    expect(filter.offer(nativeQr(WECHAT), 0)).toEqual({ kind: 'ignored' });
    expect(filter.offer(nativeQr(WECHAT), 33)).toMatchObject({
      kind: 'accepted',
      scanned: { code: WECHAT },
    });
  });

  it('does not confirm across a frame without the code or with a different text', () => {
    const filter = new ScanFilter();
    filter.offer(nativeQr(WECHAT), 0);
    expect(filter.offer(null, 33)).toEqual({ kind: 'ignored' });
    expect(filter.offer(nativeQr(WECHAT), 66)).toEqual({ kind: 'ignored' });
    expect(filter.offer(nativeQr('134567890123456788'), 99)).toEqual({ kind: 'ignored' });
    expect(filter.offer(nativeQr(WECHAT), 132)).toEqual({ kind: 'ignored' });
    expect(filter.offer(nativeQr(WECHAT), 165)).toMatchObject({ kind: 'accepted' });
  });

  it('reports a code once while it stays in view, and again after it has left', () => {
    const filter = new ScanFilter();
    expect(filter.offer(zxingQr(WECHAT), 0)).toMatchObject({ kind: 'accepted' });
    let now = 0;
    for (let frame = 0; frame < 60; frame++) {
      now += OUT_OF_VIEW_MS / 2;
      expect(filter.offer(zxingQr(WECHAT), now)).toEqual({ kind: 'ignored' });
    }
    expect(filter.offer(null, now + 10)).toEqual({ kind: 'ignored' });
    expect(filter.offer(zxingQr(WECHAT), now + OUT_OF_VIEW_MS)).toMatchObject({
      kind: 'accepted',
    });
  });

  it('reports a different code at once even while another was just accepted', () => {
    const filter = new ScanFilter();
    filter.offer(zxingQr(WECHAT), 0);
    expect(filter.offer(zxingQr('284567890123456789'), 10)).toMatchObject({
      kind: 'accepted',
      scanned: { provider: 'alipay' },
    });
  });

  it('accepts a signed offline code as an offline scan, routed by the provider it names', async () => {
    const text = await encodeOfflineCode(
      { kid: 'k', cid: 'c', wid: 'w', provider: 'unionpay', iat: 0, exp: 1, cap: 100 },
      () => Promise.resolve(new ArrayBuffer(64)),
    );
    expect(new ScanFilter().offer(zxingQr(text), 0)).toMatchObject({
      kind: 'accepted',
      scanned: { kind: 'offline', provider: 'unionpay', code: text },
    });
  });

  it('refuses text that is not a payment code, once, with the reason', () => {
    const filter = new ScanFilter();
    const verdict = filter.offer(zxingQr('https://example.com/menu'), 0);
    expect(verdict).toMatchObject({ kind: 'refused', text: 'https://example.com/menu' });
    expect(verdict.kind === 'refused' && verdict.message).toMatch(/Not a payment code/);
    expect(filter.offer(zxingQr('https://example.com/menu'), 33)).toEqual({ kind: 'ignored' });
  });

  it('refuses a product barcode with its own message', () => {
    const filter = new ScanFilter();
    const verdict = filter.offer({ text: '4006381333931', format: 'ean_13', source: 'native' }, 0);
    expect(verdict.kind === 'refused' && verdict.message).toMatch(/product barcode/);
  });

  it('drops an EAN-13 read whose check digit is wrong', () => {
    const filter = new ScanFilter();
    const read: FrameRead = { text: '4006381333932', format: 'ean_13', source: 'native' };
    expect(filter.offer(read, 0)).toEqual({ kind: 'ignored' });
    expect(filter.offer(read, 33)).toEqual({ kind: 'ignored' });
  });
});

describe('hasValidEan13CheckDigit', () => {
  it.each([
    ['4006381333931', true],
    ['9780201379624', true],
    ['9780201379625', false],
    ['978020137962', false],
    ['978020137962X', false],
  ])('%s is %s', (text, valid) => {
    expect(hasValidEan13CheckDigit(text)).toBe(valid);
  });
});
