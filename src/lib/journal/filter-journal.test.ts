import { describe, expect, it } from 'vitest';
import { filterJournal } from './filter-journal.ts';
import { journalEntries } from './journal-entry.ts';
import { refundRow, saleRow } from './test-support/journal-rows.ts';

const entries = journalEntries(
  [
    saleRow('SO-A1', { createdAt: '2026-11-21T08:00:00.000Z', amount: 500, authCode: '28**1111' }),
    saleRow('SO-B2', {
      createdAt: '2026-11-21T09:00:00.000Z',
      amount: 5_000,
      provider: 'wechat',
      authCode: '13**2222',
    }),
    saleRow('SO-C3', {
      createdAt: '2026-11-22T09:00:00.000Z',
      amount: 20_000,
      provider: 'unionpay',
      state: 'declined',
      paidAt: undefined,
      authCode: '62**3333',
    }),
  ],
  [refundRow('RF-X9', 'SO-B2', { createdAt: '2026-11-21T10:00:00.000Z', amount: 100 })],
);
const ids = (filtered: { id: string }[]) => filtered.map((entry) => entry.id);

describe('filtering the journal', () => {
  it('keeps everything, in order, with an empty filter', () => {
    expect(ids(filterJournal(entries, {}))).toEqual(['SO-C3', 'RF-X9', 'SO-B2', 'SO-A1']);
  });

  it('filters by a date range [from, to)', () => {
    const from = Date.parse('2026-11-21T09:00:00.000Z');
    const to = Date.parse('2026-11-22T00:00:00.000Z');
    expect(ids(filterJournal(entries, { from, to }))).toEqual(['RF-X9', 'SO-B2']);
  });

  it('filters by status, kind and provider', () => {
    expect(ids(filterJournal(entries, { statuses: ['declined'] }))).toEqual(['SO-C3']);
    expect(ids(filterJournal(entries, { kinds: ['refund'] }))).toEqual(['RF-X9']);
    expect(ids(filterJournal(entries, { providers: ['wechat'] }))).toEqual(['RF-X9', 'SO-B2']);
    expect(ids(filterJournal(entries, { providers: [] }))).toHaveLength(4);
  });

  it('filters by amount, both ends included', () => {
    expect(ids(filterJournal(entries, { minAmount: 500, maxAmount: 5_000 }))).toEqual([
      'SO-B2',
      'SO-A1',
    ]);
  });

  it('searches four digits as the code’s last four, anything else in the trade numbers', () => {
    expect(ids(filterJournal(entries, { search: '2222' }))).toEqual(['RF-X9', 'SO-B2']);
    expect(ids(filterJournal(entries, { search: ' so-a ' }))).toEqual(['SO-A1']);
    expect(ids(filterJournal(entries, { search: 'rf-x9' }))).toEqual(['RF-X9']);
    expect(ids(filterJournal(entries, { search: '9999' }))).toEqual([]);
    const numbered = journalEntries([saleRow('SO3333X', { authCode: '28**4444' })], []);
    expect(ids(filterJournal(numbered, { search: '3333' }))).toEqual([]);
    expect(ids(filterJournal(numbered, { search: 'SO3333' }))).toEqual(['SO3333X']);
    expect(ids(filterJournal(numbered, { search: '4444' }))).toEqual(['SO3333X']);
  });
});
