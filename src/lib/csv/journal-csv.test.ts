import { describe, expect, it } from 'vitest';
import {
  cancel,
  journalEntry,
  payment,
  pendingOffline,
  refund,
} from '../reports/test-support/journal-entries.ts';
import { CSV_BOM } from './csv-writer.ts';
import { journalCsv, journalCsvFileName } from './journal-csv.ts';

const HEADER =
  'Kind,Status,State,Created at,Money moved at,Provider,Amount,Fee,Out trade no,Out refund no,Wallet trade no,Code (masked),Failure code,Failure';

const linesOf = (csv: string) => csv.slice(CSV_BOM.length).split('\r\n');

describe('journalCsv', () => {
  it('starts with the BOM and a header, and ends every line with CRLF', () => {
    const csv = journalCsv([]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(linesOf(csv)).toEqual([HEADER, '']);
  });

  it('writes one line per entry: sale, refund and cancel, amounts in yuan with 2 decimals', () => {
    const sale = payment('S1', '2026-11-21T08:00:00Z', 1_250, 5, 'wechat');
    const other = payment('S2', '2026-11-21T08:30:00Z', 100_000, 380, 'unionpay');
    const lines = linesOf(
      journalCsv([
        sale,
        refund(sale, 'R1', '2026-11-21T09:00:00Z', 50, 0),
        cancel(other, '2026-11-21T10:00:00.123Z', 100_000, 380),
      ]),
    );
    expect(lines).toEqual([
      HEADER,
      'sale,paid,paid,2026-11-21T08:00:00.000Z,2026-11-21T08:00:00.000Z,WeChat Pay,12.50,0.05,S1,,T-S1,28************3456,,',
      'refund,refunded,refunded,2026-11-21T09:00:00.000Z,2026-11-21T09:00:00.000Z,WeChat Pay,0.50,0.00,S1,R1,T-R1,28************3456,,',
      'cancel,cancelled,cancelled,2026-11-21T10:00:00.123Z,2026-11-21T10:00:00.123Z,UnionPay,1000.00,3.80,S2,,T-S2~cancel,28************3456,,',
      '',
    ]);
  });

  it('leaves the moved-at cell empty while no money has moved', () => {
    const [, line] = linesOf(journalCsv([pendingOffline('O1', '2026-11-21T08:00:00Z', 9)]));
    expect(line).toBe(
      'sale,pending,accepted-offline,2026-11-21T08:00:00.000Z,,Alipay,0.09,0.00,O1,,T-O1,28************3456,,',
    );
  });

  it('quotes commas, quotes and line breaks, and keeps Chinese text as it is', () => {
    const declined = journalEntry('D1', '2026-11-21T08:00:00Z', {
      status: 'declined',
      state: 'declined',
      movedAt: undefined,
      movement: undefined,
      failure: { code: 'INSUFFICIENT_FUNDS', message: '余额不足, 请换卡\n"稍后"再试' },
    });
    const csv = journalCsv([declined]);
    expect(csv).toContain(',INSUFFICIENT_FUNDS,"余额不足, 请换卡\n""稍后""再试"\r\n');
    expect(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(csv)),
    ).toBe(csv);
  });

  it('keeps text from outside from running as a formula', () => {
    const declined = journalEntry('D2', '2026-11-21T08:00:00Z', {
      failure: { code: 'X', message: '=HYPERLINK("http://x")' },
    });
    expect(journalCsv([declined])).toContain(`,X,"'=HYPERLINK(""http://x"")"\r\n`);
  });

  it('shortens a masked offline code to its ends', () => {
    const offline = journalEntry('O2', '2026-11-21T08:00:00Z', {
      maskedCode: `SO${'*'.repeat(120)}sig9`,
    });
    expect(journalCsv([offline])).toContain(',SO…sig9,');
  });
});

describe('journalCsvFileName', () => {
  it('names the file after the day', () => {
    expect(journalCsvFileName('2026-11-21')).toBe('saoma-journal-2026-11-21.csv');
    expect(() => journalCsvFileName('21.11.2026')).toThrow(RangeError);
  });
});
