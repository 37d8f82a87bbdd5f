import { formatAmount, type Minor } from '../../../protocol/money.ts';

export type CsvValue = string | number | null | undefined;

/** One column of a CSV file: its header and how to read the cell from a row. */
export type CsvColumn<Row> = { header: string; value: (row: Row) => CsvValue };

/** Spreadsheets read the file as UTF-8 (and show Chinese text) only when it starts with a BOM. */
export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** A spreadsheet runs a cell starting with one of these as a formula: "=HYPERLINK(…)". */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** An amount in minor units as major units with two decimals, as a CSV column ("12.50"). */
export function amountColumn<Row>(
  header: string,
  amount: (row: Row) => Minor | undefined,
): CsvColumn<Row> {
  return {
    header,
    value: (row) => {
      const minor = amount(row);
      return minor === undefined ? undefined : formatAmount(minor);
    },
  };
}

/** One field, quoted as RFC 4180 says when it holds a quote, a comma, a line break or edge spaces. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${String(value)}`);
    return String(value);
  }
  // Text from outside (a wallet's error message) must not run as a formula when opened.
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, a header line, one line per row, every line ended by CRLF. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [
    columns.map((column) => csvField(column.header)).join(','),
    ...rows.map((row) => columns.map((column) => csvField(column.value(row))).join(',')),
  ];
  return CSV_BOM + lines.map((line) => line + CRLF).join('');
}
