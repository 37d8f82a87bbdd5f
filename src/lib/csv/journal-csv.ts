import type { JournalEntry } from '../journal/journal-entry.ts';
import { providerName } from '../provider-names.ts';
import { amountColumn, toCsv, type CsvColumn } from './csv-writer.ts';

const LONG_MASK = 24;

/** An offline code is long signed text, even masked: only its ends are kept, as sales-csv does. */
function shortMask(masked: string): string {
  return masked.length > LONG_MASK ? `${masked.slice(0, 2)}…${masked.slice(-4)}` : masked;
}

/**
 * Times are ISO 8601 in UTC ("2026-11-21T08:00:00.000Z"), like the other exports and the
 * wallet's settlement lines: one moment reads the same whatever the terminal's time zone, and
 * a spreadsheet can match the file against the statement.
 */
const isoUtc = (ms: number | undefined) =>
  ms === undefined ? undefined : new Date(ms).toISOString();

/**
 * The journal's columns. Like every CSV export they stay in English (docs/I18N.md); the provider
 * is its English display name, amounts are yuan with two decimals.
 */
export const JOURNAL_CSV_COLUMNS: readonly CsvColumn<JournalEntry>[] = [
  { header: 'Kind', value: (entry) => entry.kind },
  { header: 'Status', value: (entry) => entry.status },
  { header: 'State', value: (entry) => entry.state },
  { header: 'Created at', value: (entry) => isoUtc(entry.createdAt) },
  { header: 'Money moved at', value: (entry) => isoUtc(entry.movedAt) },
  { header: 'Provider', value: (entry) => providerName(entry.provider, 'en') },
  amountColumn<JournalEntry>('Amount', (entry) => entry.amount),
  amountColumn<JournalEntry>('Fee', (entry) => entry.fee),
  { header: 'Out trade no', value: (entry) => entry.outTradeNo },
  { header: 'Out refund no', value: (entry) => entry.outRefundNo },
  { header: 'Wallet trade no', value: (entry) => entry.tradeNo },
  { header: 'Code (masked)', value: (entry) => shortMask(entry.maskedCode) },
  { header: 'Failure code', value: (entry) => entry.failure?.code },
  { header: 'Failure', value: (entry) => entry.failure?.message },
];

/** Any list of journal entries as CSV (BOM, CRLF), one line per entry, in the order given. */
export function journalCsv(entries: readonly JournalEntry[]): string {
  return toCsv(JOURNAL_CSV_COLUMNS, entries);
}

/** "saoma-journal-2026-11-21.csv" for the journal of one day. */
export function journalCsvFileName(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`Not a day as YYYY-MM-DD: "${day}"`);
  return `saoma-journal-${day}.csv`;
}
