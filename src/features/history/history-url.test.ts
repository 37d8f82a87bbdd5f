import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/translate.ts';
import { EMPTY_FILTER_FORM } from './filter-form.ts';
import { queryOfView, viewOfQuery } from './history-url.ts';

const t = translator('en');
const view = (query: string) => viewOfQuery(query, t);

describe('History’s view in the URL', () => {
  it('reads every filter and the open sale', () => {
    expect(
      view(
        'from=2026-11-20&to=2026-11-21&status=paid&kind=sale&provider=wechat&min=1&max=12.50&q=3456&sale=SO123',
      ),
    ).toEqual({
      form: {
        from: '2026-11-20',
        to: '2026-11-21',
        status: 'paid',
        kind: 'sale',
        provider: 'wechat',
        minAmount: '1',
        maxAmount: '12.50',
        search: '3456',
      },
      sale: 'SO123',
    });
  });

  it('writes only what filters, and reads back what it wrote', () => {
    const query = queryOfView({ form: { ...EMPTY_FILTER_FORM, from: '2026-03-29' }, sale: 'SO9' });
    expect(query).toBe('from=2026-03-29&sale=SO9');
    expect(view(query)).toEqual({
      form: { ...EMPTY_FILTER_FORM, from: '2026-03-29' },
      sale: 'SO9',
    });
    expect(queryOfView({ form: EMPTY_FILTER_FORM, sale: null })).toBe('');
  });

  it('is the plain list for an empty query', () => {
    expect(view('')).toEqual({ form: EMPTY_FILTER_FORM, sale: null });
  });

  it.each([
    ['from=2026-02-30', {}],
    ['to=yesterday', {}],
    ['status=lost&kind=gift&provider=paypal', {}],
    ['min=abc&max=1.234', {}],
    ['q=SO%201', {}],
    ['from=2026-11-20&status=nope', { from: '2026-11-20' }],
    ['min=5&max=oops', { minAmount: '5' }],
  ])('drops the bad values of %j and keeps the good ones', (query, kept) => {
    expect(view(query)).toEqual({ form: { ...EMPTY_FILTER_FORM, ...kept }, sale: null });
  });

  it('applies no filter when good values refuse together (To before From, max under min)', () => {
    expect(view('from=2026-11-22&to=2026-11-21').form).toEqual(EMPTY_FILTER_FORM);
    expect(view('min=5&max=4&status=paid').form).toEqual(EMPTY_FILTER_FORM);
  });

  it('ignores an open sale that is not an outTradeNo, and unknown parameters', () => {
    expect(view('sale=%3Cscript%3E&lang=zh&page=9')).toEqual({
      form: EMPTY_FILTER_FORM,
      sale: null,
    });
    expect(view(`sale=${'S'.repeat(65)}`).sale).toBeNull();
    expect(view('sale=').sale).toBeNull();
  });
});
