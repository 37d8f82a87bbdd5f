import { describe, expect, it } from 'vitest';
import { amountColumn, CSV_BOM, csvField, toCsv, type CsvColumn } from './csv-writer.ts';

type Line = { id: string; note?: string; amount: number; count: number };

const columns: CsvColumn<Line>[] = [
  { header: 'ID', value: (line) => line.id },
  { header: 'Note', value: (line) => line.note },
  amountColumn<Line>('Amount (CNY)', (line) => line.amount),
  { header: 'Count', value: (line) => line.count },
];

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('abc 123')).toBe('abc 123');
    expect(csvField(42)).toBe('42');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('quotes commas, line breaks and edge spaces, and doubles quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('trail ')).toBe('"trail "');
  });

  it('keeps Chinese text as is', () => {
    expect(csvField('余额不足')).toBe('余额不足');
  });

  it('keeps text from outside from running as a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12.50')).toBe('-12.50');
  });

  it('refuses numbers a spreadsheet cannot read', () => {
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header and one CRLF-ended line per row, amounts in yuan', () => {
    const csv = toCsv(columns, [
      { id: 'S1', note: '顾客, 王', amount: 1_250, count: 1 },
      { id: 'S2', amount: -5, count: 0 },
    ]);
    expect(csv).toBe(
      `${CSV_BOM}ID,Note,Amount (CNY),Count\r\n` + `S1,"顾客, 王",12.50,1\r\n` + `S2,,-0.05,0\r\n`,
    );
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(columns, [])).toBe(`${CSV_BOM}ID,Note,Amount (CNY),Count\r\n`);
  });

  it('encodes to UTF-8 starting with the BOM bytes', () => {
    const bytes = new TextEncoder().encode(toCsv(columns, []));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
