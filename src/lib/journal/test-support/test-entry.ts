import type { JournalEntry } from '../journal-entry.ts';

/**
 * A journal entry for tests: a paid alipay sale of ¥10.00 (fee ¥0.04) begun at 2026-11-21T08:00Z,
 * which moved no money unless `fields` say so.
 */
export function testEntry(
  fields: Partial<JournalEntry> & Pick<JournalEntry, 'id' | 'outTradeNo'>,
): JournalEntry {
  return {
    kind: 'sale',
    provider: 'alipay',
    mode: 'online',
    amount: 1_000,
    fee: 4,
    status: 'paid',
    state: 'paid',
    createdAt: Date.parse('2026-11-21T08:00:00.000Z'),
    maskedCode: '28************3456',
    codeLast4: '3456',
    searchText: [fields.outTradeNo, fields.outRefundNo].filter(Boolean).join('\n').toUpperCase(),
    ...fields,
  };
}
