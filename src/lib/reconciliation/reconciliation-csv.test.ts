import { describe, expect, it } from 'vitest';
import { CSV_BOM } from '../csv/csv-writer.ts';
import { matchSettlement } from './match-settlement.ts';
import { problemsCsv } from './reconciliation-csv.ts';
import { problemId, problemsOf } from './reconciliation-problems.ts';
import { at, line, refund, sale, statement } from './test-support/movements.ts';

const lines = [
  line('PAYMENT', 'S1', 1_250, 99, at('08:00')),
  line('REFUND', 'S9', 300, 1, at('08:30'), 'R9'),
];
const entries = [sale('S1', 1_250, 5, at('08:00')), refund('S2', 'R2', 100_000, 0, at('09:00'))];
const problems = problemsOf(matchSettlement(statement(lines), entries, 't_this_till'));

describe('reconciliation problems', () => {
  it('lists the problem groups in order, each named by its kind and key', () => {
    expect(problems.map(problemId)).toEqual([
      'missingOnTerminal:REFUND:S9:R9',
      'missingAtWallet:REFUND:S2:R2',
      'mismatched:PAYMENT:S1:',
    ]);
  });

  it('export as CSV with a BOM, both sides, and amounts in yuan with 2 decimals', () => {
    const rows = problemsCsv('2026-11-21', problems).split('\r\n');
    expect(rows[0]).toBe(
      `${CSV_BOM}Statement date (UTC),Problem,Differs,Type,Out trade no,Out refund no,Provider,` +
        'Wallet amount,Wallet fee,Terminal amount,Terminal fee,Wallet time,Terminal time,' +
        'Wallet trade no,Terminal state',
    );
    expect(rows.slice(1)).toEqual([
      '2026-11-21,Missing on the terminal,,REFUND,S9,R9,alipay,3.00,0.01,,,' +
        '2026-11-21T08:30:00.000Z,,tr_S9,',
      '2026-11-21,Missing at the wallet,,REFUND,S2,R2,alipay,,,1000.00,0.00,,' +
        '2026-11-21T09:00:00.000Z,,refunded',
      '2026-11-21,Amount or fee mismatch,fee,PAYMENT,S1,,alipay,12.50,0.99,12.50,0.05,' +
        '2026-11-21T08:00:00.000Z,2026-11-21T08:00:00.000Z,tr_S1,paid',
      '',
    ]);
  });

  it('exports one problem alone', () => {
    const [, second] = problems;
    const rows = problemsCsv('2026-11-21', second ? [second] : []).split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('Missing at the wallet');
  });
});
