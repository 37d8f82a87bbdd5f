import { maskPaymentCode } from '../../../protocol/payment-code.ts';
import type { SaleRow } from '../db/database.ts';
import { ATTEMPTS_ATTENTION, attentionReason, UNKNOWN_ATTENTION_MS } from '../db/outbox-queries.ts';
import { currentLanguage } from '../i18n/language-store.ts';
import type { Language } from '../i18n/languages.ts';
import { translate } from '../i18n/translate.ts';
import { amountColumn, toCsv, type CsvColumn } from './csv-writer.ts';

const LONG_MASK = 24;

/**
 * The payment code as it may be shown or exported: never in full. A final sale's code is
 * already masked; a pending one still holds the real code. An offline code is long signed text,
 * so only its ends are kept.
 */
export function maskedSaleCode(row: SaleRow): string {
  const masked = maskPaymentCode(row.authCode);
  return masked.length > LONG_MASK ? `${masked.slice(0, 2)}…${masked.slice(-4)}` : masked;
}

/** Why a sale is on the needs-attention list, in the cashier's words. */
export function attentionText(
  row: SaleRow,
  now: number,
  language: Language = currentLanguage(),
): string {
  switch (attentionReason(row, now)) {
    case 'declined-after-forwarding':
      return translate(language, 'attention.declinedAfterForwarding');
    case 'unknown-too-long':
      return translate(language, 'attention.unknownTooLong', {
        minutes: UNKNOWN_ATTENTION_MS / 60_000,
      });
    case 'many-attempts':
      return translate(language, 'attention.manyAttempts', {
        attempts: row.attempts,
        threshold: ATTEMPTS_ATTENTION,
      });
    case null:
      return '';
  }
}

const isoOrEmpty = (ms: number | undefined) =>
  ms === undefined ? undefined : new Date(ms).toISOString();

export const SALE_CSV_COLUMNS: readonly CsvColumn<SaleRow>[] = [
  { header: 'Out trade no', value: (row) => row.outTradeNo },
  { header: 'Created at', value: (row) => row.createdAt },
  { header: 'State', value: (row) => row.state },
  { header: 'Mode', value: (row) => row.mode },
  { header: 'Provider', value: (row) => row.provider },
  amountColumn<SaleRow>('Amount', (row) => row.amount),
  { header: 'Currency', value: (row) => row.currency },
  { header: 'Code (masked)', value: maskedSaleCode },
  { header: 'Attempts', value: (row) => row.attempts },
  { header: 'Last error', value: (row) => row.lastError },
  {
    header: 'Next attempt at',
    value: (row) => (row.pending === 1 ? isoOrEmpty(row.nextAttemptAt) : undefined),
  },
  { header: 'Failure code', value: (row) => row.failure?.code },
  { header: 'Failure', value: (row) => row.failure?.message },
  { header: 'Wallet trade no', value: (row) => row.tradeNo },
  { header: 'Updated at', value: (row) => row.updatedAt },
];

export function salesCsv(rows: readonly SaleRow[]): string {
  return toCsv(SALE_CSV_COLUMNS, rows);
}

/**
 * The needs-attention list: each sale with why it needs follow-up at `now`. Like every CSV
 * export it stays in English, whatever the screen's language, so that spreadsheets and scripts
 * that read it keep working.
 */
export function attentionCsv(rows: readonly SaleRow[], now: number): string {
  return toCsv(
    [
      { header: 'Needs attention', value: (row) => attentionText(row, now, 'en') },
      ...SALE_CSV_COLUMNS,
    ],
    rows,
  );
}
