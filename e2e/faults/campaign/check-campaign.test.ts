import { describe, expect, it } from 'vitest';
import type { SettlementLine } from '../../../protocol/settlements.ts';
import type { CampaignEvidence, TypedCode } from './campaign-evidence.ts';
import { checkCampaign } from './check-campaign.ts';
import type { JournalRow } from './journal-row.ts';

const AT = '2026-11-21T09:00:00.000Z';

function code(n: number, amount: number, fields: Partial<TypedCode> = {}): TypedCode {
  return {
    codeHash: `hash${n}`,
    label: `sale ${n}`,
    walletId: 'w_a',
    amount,
    mode: 'online',
    refused: false,
    ...fields,
  };
}

function row(n: number, amount: number, fields: Partial<JournalRow> = {}): JournalRow {
  return {
    outTradeNo: `T${n}`,
    amount,
    state: 'paid',
    pending: 0,
    mode: 'online',
    authCodeHash: `hash${n}`,
    ...fields,
  };
}

function line(
  type: SettlementLine['type'],
  n: number,
  amount: number,
  fee: number,
): SettlementLine {
  return { type, outTradeNo: `T${n}`, tradeNo: `${n}`, provider: 'alipay', amount, fee, at: AT };
}

/** A campaign where everything went right: one sale of each kind, and a refused code. */
function cleanCampaign(): CampaignEvidence {
  return {
    codes: [
      code(1, 1000, { shown: 'Paid' }),
      code(2, 2000, { shown: 'Declined' }),
      code(3, 300_000, { shown: 'Cancelled' }),
      code(4, 400_000, { shown: 'Outcome unknown' }),
      code(5, 5000, { mode: 'offline', shown: 'Accepted offline', walletId: 'w_b' }),
      code(6, 6000, { mode: 'offline', shown: 'Accepted offline', walletId: 'w_b' }),
      code(7, 7000, { refused: true, mustBeRefused: true, walletId: 'w_b' }),
    ],
    journal: [
      row(1, 1000, { fee: 4, tradeNo: '1' }),
      row(2, 2000, { state: 'declined' }),
      row(3, 300_000, { state: 'cancelled' }),
      row(4, 400_000, { state: 'cancelled' }),
      row(5, 5000, { state: 'forwarded', mode: 'offline', fee: 19 }),
      row(6, 6000, { state: 'declined-after-forwarding', mode: 'offline' }),
    ],
    settlementLines: [
      line('PAYMENT', 1, 1000, 4),
      line('PAYMENT', 4, 400_000, 1520),
      line('CANCEL', 4, 400_000, 1520),
      line('PAYMENT', 5, 5000, 19),
    ],
    wallets: [
      { walletId: 'w_a', start: 1_000_000, final: 999_000 },
      { walletId: 'w_b', start: 100_000, final: 95_000 },
    ],
  };
}

function failedChecks(evidence: CampaignEvidence) {
  return checkCampaign(evidence)
    .checks.filter((c) => !c.ok)
    .map((c) => ({ name: c.name, problems: c.problems }));
}

describe('checkCampaign', () => {
  it('passes a campaign where every sale ended once and the money agrees to the fen', () => {
    const verdict = checkCampaign(cleanCampaign());
    expect(failedChecks(cleanCampaign())).toEqual([]);
    expect(verdict).toMatchObject({
      ok: true,
      codesTyped: 7,
      salesStarted: 6,
      refusedCodes: 1,
      journalRows: 6,
      byState: { paid: 1, declined: 1, cancelled: 2, forwarded: 1, 'declined-after-forwarding': 1 },
      byMode: { online: 4, offline: 2 },
      salesLost: 0,
      doubleCharges: 0,
      settlement: { lines: 4, payments: 3, cancels: 1, refunds: 0, net: 6000 - 23 },
    });
    expect(verdict.wallets).toEqual([
      {
        walletId: 'w_a',
        start: 1_000_000,
        final: 999_000,
        moved: 1000,
        settlementNet: 1000,
        journalNet: 1000,
      },
      {
        walletId: 'w_b',
        start: 100_000,
        final: 95_000,
        moved: 5000,
        settlementNet: 5000,
        journalNet: 5000,
      },
    ]);
  });

  it('counts a sale the terminal took but did not journal as lost', () => {
    const evidence = cleanCampaign();
    evidence.journal = evidence.journal.filter((r) => r.outTradeNo !== 'T2');
    const verdict = checkCampaign(evidence);
    expect(verdict.salesLost).toBe(1);
    expect(failedChecks(evidence)).toEqual([
      {
        name: 'no sale lost: every code the terminal took is in the journal',
        problems: ['sale 2'],
      },
    ]);
  });

  it('counts a code charged under two outTradeNos as a double charge', () => {
    const evidence = cleanCampaign();
    evidence.journal.push(row(1, 1000, { outTradeNo: 'T1b', fee: 4 }));
    evidence.settlementLines.push({ ...line('PAYMENT', 1, 1000, 4), outTradeNo: 'T1b' });
    evidence.wallets[0] = { walletId: 'w_a', start: 1_000_000, final: 998_000 };
    const verdict = checkCampaign(evidence);
    expect(verdict.doubleCharges).toBe(1);
    expect(failedChecks(evidence).map((c) => c.name)).toEqual([
      'each code became one sale, and the journal holds no sale the campaign did not make',
      'money moved at most once per sale',
    ]);
  });

  it('names every sale still pending or in a state that is not final', () => {
    const evidence = cleanCampaign();
    evidence.journal[1] = row(2, 2000, { state: 'unknown', pending: 1 });
    evidence.journal[4] = row(5, 5000, {
      state: 'forwarded',
      mode: 'offline',
      fee: 19,
      pending: 1,
    });
    expect(failedChecks(evidence)).toEqual([
      {
        name: 'every sale is in exactly one final state',
        problems: ['T2: unknown', 'T5: forwarded'],
      },
    ]);
  });

  it.each([
    [
      'a fee that differs',
      row(1, 1000, { fee: 5 }),
      [],
      'T1 (paid): the journal has 1000 fee 5, the wallet 1000 fee 4',
    ],
    [
      'a paid sale the wallet cancelled',
      row(1, 1000, { fee: 4 }),
      [line('CANCEL', 1, 1000, 4)],
      'T1 (paid): the wallet cancelled it',
    ],
  ])('finds %s between the journal and the settlement', (_, changed, extraLines, problem) => {
    const evidence = cleanCampaign();
    evidence.journal[0] = changed;
    evidence.settlementLines.push(...extraLines);
    const found = failedChecks(evidence).find((c) => c.name.startsWith('the journal equals'));
    expect(found?.problems).toEqual([problem]);
  });

  it('finds a settlement line with no journal row, and a declined sale that has lines', () => {
    const evidence = cleanCampaign();
    evidence.settlementLines.push(line('PAYMENT', 9, 900, 3), line('PAYMENT', 2, 2000, 8));
    const found = failedChecks(evidence).find((c) => c.name.startsWith('the journal equals'));
    expect(found?.problems).toEqual([
      'T2 (declined): 1 settlement lines for a sale with no money',
      'PAYMENT T9: not in the journal',
    ]);
  });

  it('tells how a disagreeing sale got where it is, from its journal history', () => {
    const evidence = cleanCampaign();
    evidence.journal[1] = row(2, 2000, {
      state: 'declined',
      failure: { code: 'UNAVAILABLE', message: 'try later' },
      history: [
        { state: 'created', at: AT },
        { state: 'sending', at: AT },
        { state: 'declined', at: AT, note: '503' },
      ],
    });
    evidence.settlementLines.push(line('PAYMENT', 2, 2000, 8));
    const found = failedChecks(evidence).find((c) => c.name.startsWith('the journal equals'));
    expect(found?.problems).toEqual([
      'T2 (declined): 1 settlement lines for a sale with no money; history: created → sending → declined (503) [UNAVAILABLE: try later]',
    ]);
  });

  it('finds a cancelled sale whose money the wallet kept', () => {
    const evidence = cleanCampaign();
    evidence.settlementLines = evidence.settlementLines.filter((l) => l.type !== 'CANCEL');
    const found = failedChecks(evidence).find((c) => c.name.startsWith('the journal equals'));
    expect(found?.problems).toEqual(['T4 (cancelled): the wallet kept 400000 of a cancelled sale']);
  });

  it('finds money that left a wallet without any settlement line', () => {
    const evidence = cleanCampaign();
    evidence.wallets[1] = { walletId: 'w_b', start: 100_000, final: 94_000 };
    expect(failedChecks(evidence)).toEqual([
      {
        name: 'each wallet lost exactly what the settlement says its sales took',
        problems: ['w_b: lost 6000, settled 5000'],
      },
      {
        name: 'each wallet lost exactly what the journal says its sales took',
        problems: ['w_b: lost 6000, journal 5000'],
      },
    ]);
  });

  it('fails when a refused code became a sale after all', () => {
    const evidence = cleanCampaign();
    evidence.journal.push(row(7, 7000, { state: 'declined' }));
    expect(failedChecks(evidence).map((c) => c.problems)).toEqual([['sale 7']]);
  });

  it('fails when a code the terminal must refuse was taken as a sale', () => {
    const evidence = cleanCampaign();
    evidence.codes[6] = code(7, 7000, { mustBeRefused: true, walletId: 'w_b', shown: 'Declined' });
    evidence.journal.push(row(7, 7000, { state: 'declined' }));
    expect(failedChecks(evidence)).toEqual([
      { name: 'the terminal refused every code it must refuse', problems: ['sale 7'] },
    ]);
  });

  it('fails when the checkout showed an outcome the journal contradicts', () => {
    const evidence = cleanCampaign();
    evidence.codes[1] = code(2, 2000, { shown: 'Paid' });
    expect(failedChecks(evidence)).toEqual([
      {
        name: 'the checkout showed what became of each sale',
        problems: ['sale 2: showed "Paid", journal says declined'],
      },
    ]);
  });

  it('fails when the journal keeps another amount than the one typed', () => {
    const evidence = cleanCampaign();
    evidence.codes[1] = code(2, 2001, { shown: 'Declined' });
    expect(failedChecks(evidence).map((c) => c.problems)).toEqual([
      ['sale 2: typed 2001, journal 2000'],
    ]);
  });

  it('lists at most 20 problems per check and says how many more there are', () => {
    const evidence = cleanCampaign();
    evidence.settlementLines.push(
      ...Array.from({ length: 25 }, (_, i) => line('PAYMENT', 100 + i, 100, 0)),
    );
    const found = failedChecks(evidence).find((c) => c.name.startsWith('the journal equals'));
    expect(found?.problems).toHaveLength(21);
    expect(found?.problems.at(-1)).toBe('… and 5 more');
  });
});
