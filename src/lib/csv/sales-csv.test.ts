import { describe, expect, it } from 'vitest';
import { saleRow, T0 } from '../db/test-support/sale-row.ts';
import { UNKNOWN_ATTENTION_MS } from '../db/outbox-queries.ts';
import { CSV_BOM } from './csv-writer.ts';
import { attentionCsv, maskedSaleCode, salesCsv } from './sales-csv.ts';

const lines = (csv: string) => csv.replace(CSV_BOM, '').split('\r\n');

describe('maskedSaleCode', () => {
  it('masks a pending sale’s full code to the first 2 and last 4 digits', () => {
    expect(maskedSaleCode(saleRow('a', 'unknown'))).toBe('28************3456');
  });

  it('leaves an already masked code as it is', () => {
    expect(maskedSaleCode(saleRow('a', 'paid', { authCode: '28************3456' }))).toBe(
      '28************3456',
    );
  });

  it('shortens a long offline code to its ends', () => {
    const code = `SOP1.${'A'.repeat(120)}.sig9`;
    expect(maskedSaleCode(saleRow('a', 'accepted-offline', { authCode: code }))).toBe('SO…sig9');
  });
});

describe('salesCsv', () => {
  it('writes one line per sale with the amount in yuan and the code masked', () => {
    const csv = salesCsv([
      saleRow('S1', 'accepted-offline', {
        mode: 'offline',
        amount: 12_345,
        attempts: 2,
        lastError: 'network, retrying',
        nextAttemptAt: T0 + 1_000,
      }),
    ]);
    const [header, line, end] = lines(csv);
    expect(header).toBe(
      'Out trade no,Created at,State,Mode,Provider,Amount,Currency,Code (masked),Attempts,Last error,Next attempt at,Failure code,Failure,Wallet trade no,Updated at',
    );
    expect(line).toBe(
      'S1,2026-11-21T08:00:00.000Z,accepted-offline,offline,alipay,123.45,CNY,28************3456,2,"network, retrying",2026-11-21T08:00:01.000Z,,,,2026-11-21T08:00:00.000Z',
    );
    expect(end).toBe('');
    expect(csv).not.toContain('281234567890123456');
  });
});

describe('attentionCsv', () => {
  it('starts each line with why the sale needs follow-up', () => {
    const csv = attentionCsv(
      [
        saleRow('D1', 'declined-after-forwarding', {
          failure: { code: 'INSUFFICIENT_FUNDS', message: '余额不足' },
        }),
        saleRow('U1', 'unknown'),
      ],
      T0 + UNKNOWN_ATTENTION_MS + 1,
    );
    const [header, declined, unknown] = lines(csv);
    expect(header?.startsWith('Needs attention,Out trade no,')).toBe(true);
    expect(declined).toMatch(/^Declined after forwarding: .*,D1,.*INSUFFICIENT_FUNDS,余额不足,/);
    expect(unknown).toMatch(/^Outcome unknown for over 10 minutes: .*,U1,/);
  });
});
