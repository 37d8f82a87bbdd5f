import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/translate.ts';
import { EMPTY_FILTER_FORM, filterOfForm, type FilterForm } from './filter-form.ts';

const t = translator('en');
const form = (fields: Partial<FilterForm>) => filterOfForm({ ...EMPTY_FILTER_FORM, ...fields }, t);

describe('the history filter form', () => {
  it('filters nothing when empty', () => {
    expect(form({})).toEqual({ ok: true, filter: {} });
  });

  it('takes calendar days in the shop’s zone, both included', () => {
    const fields = { ...EMPTY_FILTER_FORM, from: '2026-11-20', to: '2026-11-21' };
    expect(filterOfForm(fields, t, 'Asia/Shanghai')).toEqual({
      ok: true,
      filter: {
        from: Date.parse('2026-11-19T16:00:00Z'),
        to: Date.parse('2026-11-21T16:00:00Z'),
      },
    });
  });

  it('keeps the 23 and 25 hours of the days Berlin changes its clocks', () => {
    const spring = { ...EMPTY_FILTER_FORM, from: '2026-03-29', to: '2026-03-29' };
    expect(filterOfForm(spring, t, 'Europe/Berlin')).toEqual({
      ok: true,
      filter: { from: Date.parse('2026-03-28T23:00:00Z'), to: Date.parse('2026-03-29T22:00:00Z') },
    });
    const autumn = { ...EMPTY_FILTER_FORM, from: '2026-10-25', to: '2026-10-25' };
    expect(filterOfForm(autumn, t, 'Europe/Berlin')).toEqual({
      ok: true,
      filter: { from: Date.parse('2026-10-24T22:00:00Z'), to: Date.parse('2026-10-25T23:00:00Z') },
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
