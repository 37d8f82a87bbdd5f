import { describe, expect, it } from 'vitest';
import { maskPaymentCode, routePaymentCode } from './payment-code.ts';

const digits = (prefix: string, length: number) => prefix.padEnd(length, '7');

describe('routePaymentCode', () => {
  it.each(['25', '26', '27', '28', '29', '30'])('alipay prefix %s, 16 to 24 digits', (prefix) => {
    for (let length = 16; length <= 24; length++) {
      expect(routePaymentCode(digits(prefix, length))).toMatchObject({
        ok: true,
        provider: 'alipay',
      });
    }
  });

  it('refuses alipay-looking codes of the wrong length', () => {
    expect(routePaymentCode(digits('28', 15)).ok).toBe(false);
    expect(routePaymentCode(digits('28', 25)).ok).toBe(false);
  });

  it.each(['10', '11', '12', '13', '14', '15'])('wechat prefix %s, exactly 18 digits', (prefix) => {
    expect(routePaymentCode(digits(prefix, 18))).toMatchObject({ ok: true, provider: 'wechat' });
    expect(routePaymentCode(digits(prefix, 17)).ok).toBe(false);
    expect(routePaymentCode(digits(prefix, 19)).ok).toBe(false);
  });

  it('unionpay: 62 and exactly 19 digits', () => {
    expect(routePaymentCode(digits('62', 19))).toMatchObject({ ok: true, provider: 'unionpay' });
    expect(routePaymentCode(digits('62', 18)).ok).toBe(false);
    expect(routePaymentCode(digits('62', 20)).ok).toBe(false);
  });

  it.each(['16', '20', '24', '31', '09', '61', '63'])('no provider uses prefix %s', (prefix) => {
    expect(routePaymentCode(digits(prefix, 18)).ok).toBe(false);
  });

  it.each([
    'https://example.com/pay?code=281234567890123456',
    'hello',
    '28123456789012345a',
    '２８１２３４５６７８９０１２３４５６', // full-width digits
    '28 1234 5678 9012 3456',
    '',
    '   ',
  ])('refuses non-payment text %j', (text) => {
    const route = routePaymentCode(text);
    expect(route.ok).toBe(false);
    if (!route.ok) expect(route.message).not.toBe('');
  });

  it('trims whitespace a scanner or a paste may add', () => {
    expect(routePaymentCode(' 281234567890123456\n')).toEqual({
      ok: true,
      provider: 'alipay',
      code: '281234567890123456',
    });
  });
});

describe('maskPaymentCode', () => {
  it('keeps the first 2 and last 4 digits', () => {
    expect(maskPaymentCode('281234567890123456')).toBe('28************3456');
  });
});
