import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/translate.ts';
import { EMPTY_FILTER_FORM, filterOfForm, type FilterForm } from './filter-form.ts';

const t = translator('en');
const form = (fields: Partial<FilterForm>) => filterOfForm({ ...EMPTY_FILTER_FORM, ...fields }, t);

describe('the history filter form', () => {
  it('filters nothing when empty', () => {
    expect(form({})).toEqual({ ok: true, filter: {} });
  });

  it('takes local days, both included', () => {
    const result = form({ from: '2026-11-20', to: '2026-11-21' });
    expect(result).toEqual({
      ok: true,
      filter: {
        from: new Date(2026, 10, 20).getTime(),
        to: new Date(2026, 10, 22).getTime(),
      },
    });
  });

  it('takes status, kind, provider, amounts in major units and a search', () => {
    expect(
      form({
        status: 'paid',
        kind: 'sale',
        provider: 'wechat',
        minAmount: '1',
        maxAmount: '12.50',
        search: ' 3456 ',
      }),
    ).toEqual({
      ok: true,
      filter: {
        statuses: ['paid'],
        kinds: ['sale'],
        providers: ['wechat'],
        minAmount: 100,
        maxAmount: 1_250,
        search: '3456',
      },
    });
  });

  it.each([
    [{ from: '2026-02-30' }, 'From: enter a date as YYYY-MM-DD.'],
    [{ to: '21/11/2026' }, 'To: enter a date as YYYY-MM-DD.'],
    [{ from: '2026-11-22', to: '2026-11-21' }, '“To” is before “From”.'],
    [{ minAmount: '1.234' }, 'Amount from: '],
    [{ maxAmount: 'abc' }, 'Amount to: '],
    [{ minAmount: '5', maxAmount: '4.99' }, '“Amount to” is less than “Amount from”.'],
    [{ search: 'SO 1' }, 'Search: at most 64 letters, digits, - or _.'],
    [{ search: 'x'.repeat(65) }, 'Search: at most 64 letters, digits, - or _.'],
  ])('refuses %j with a specific error', (fields, error) => {
    const result = form(fields);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.startsWith(error)).toBe(true);
  });

  it('ignores a select value that is not one of its options', () => {
    expect(form({ status: 'bogus', provider: 'visa' })).toEqual({ ok: true, filter: {} });
  });
});
