import { describe, expect, it } from 'vitest';
import { interpolate, placeholdersOf } from './interpolate.ts';
import { translate } from './translate.ts';

describe('translate', () => {
  it('fills named parameters in each language', () => {
    const params = { amount: '¥12.50', provider: 'Alipay' };
    expect(translate('en', 'sale.paid', params)).toBe('Paid ¥12.50 with Alipay');
    expect(translate('zh-CN', 'sale.paid', { ...params, provider: '支付宝' })).toBe(
      '已收款 ¥12.50（支付宝）',
    );
  });

  it('picks the plural form by Intl.PluralRules', () => {
    expect(translate('en', 'sync.exportedPending', { count: 1 })).toBe('Exported 1 pending sale.');
    expect(translate('en', 'sync.exportedPending', { count: 0 })).toBe('Exported 0 pending sales.');
    expect(translate('en', 'unsent.sales', { count: 2 })).toBe(
      '2 sales are not sent yet. Export them first, or sync them.',
    );
    expect(translate('zh-CN', 'sync.exportedPending', { count: 1 })).toBe(
      '已导出 1 笔待发送交易。',
    );
  });

  it('marks a missing parameter instead of printing undefined', () => {
    expect(interpolate('Paid {amount} with {provider}', { amount: '¥1.00' })).toBe(
      'Paid ¥1.00 with ⟦provider⟧',
    );
    expect(placeholdersOf('{a} and {b}, {a}')).toEqual(['a', 'b', 'a']);
  });
});
