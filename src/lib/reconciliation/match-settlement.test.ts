import { describe, expect, it } from 'vitest';
import { matchSettlement } from './match-settlement.ts';
import { at, cancel, line, refund, sale, statement } from './test-support/movements.ts';

const TERMINAL = 't_this_till';

const NOTHING = {
  matched: [],
  missingOnTerminal: [],
  missingAtWallet: [],
  mismatched: [],
  otherTerminals: [],
};

describe('matchSettlement', () => {
  it('balances a day whose every line has its movement: sale, refund and cancel', () => {
    const entries = [
      sale('S1', 10_000, 38, at('08:00')),
      refund('S1', 'R1', 2_500, 10, at('09:00')),
      sale('S2', 4_000, 15, at('10:00')),
      cancel('S2', 4_000, 15, at('11:00')),
      // Moved no money, so on no statement: a declined sale, one still pending, a pending refund.
      { ...sale('S3', 700, 0), status: 'declined' as const, state: 'declined' as const },
      sale('S4', 800, 0),
      refund('S1', 'R2', 100, 0),
    ];
    const lines = [
      line('PAYMENT', 'S1', 10_000, 38, at('08:00')),
      line('REFUND', 'S1', 2_500, 10, at('09:00'), 'R1'),
      line('PAYMENT', 'S2', 4_000, 15, at('10:00')),
      line('CANCEL', 'S2', 4_000, 15, at('11:00')),
    ];
    const result = matchSettlement(statement(lines), entries, TERMINAL);

    expect(result.balanced).toBe(true);
    expect(result.matched.map((pair) => [pair.line, pair.entry])).toEqual([
      [lines[0], entries[0]],
      [lines[1], entries[1]],
      [lines[2], entries[2]],
      [lines[3], entries[3]],
    ]);
    expect(result).toMatchObject({ ...NOTHING, matched: result.matched, date: '2026-11-21' });
    const totals = { gross: 14_000, refunds: 6_500, fees: 28, net: 7_472, count: 2 };
    expect(result.totals).toEqual({ wallet: totals, terminal: totals });
  });

  it('balances an empty day with an empty journal', () => {
    const result = matchSettlement(statement([]), [], TERMINAL);
    const zero = { gross: 0, refunds: 0, fees: 0, net: 0, count: 0 };
    expect(result).toEqual({
      date: '2026-11-21',
      ...NOTHING,
      balanced: true,
      totals: { wallet: zero, terminal: zero },
    });
  });

  it('lists lines the journal has no movement for as missing on the terminal', () => {
    const lines = [
      line('PAYMENT', 'S1', 1_000, 4, at('08:00')),
      line('PAYMENT', 'S9', 500, 2, at('08:05')),
      line('REFUND', 'S1', 200, 1, at('09:00'), 'R1'),
      line('CANCEL', 'S1', 800, 3, at('10:00')),
    ];
    // S9 is still pending here: the wallet has paid it, the terminal has not heard yet.
    const result = matchSettlement(
      statement(lines),
      [sale('S1', 1_000, 4, at('08:00')), sale('S9', 500, 0)],
      TERMINAL,
    );

    expect(result.missingOnTerminal).toEqual([lines[1], lines[2], lines[3]]);
    expect(result.matched).toHaveLength(1);
    expect(result.balanced).toBe(false);
    expect(result.totals.terminal).toEqual({
      gross: 1_000,
      refunds: 0,
      fees: 4,
      net: 996,
      count: 1,
    });
  });

  it('lists movements of the day the statement lacks as missing at the wallet', () => {
    const entries = [
      sale('S1', 1_000, 4, at('00:00')),
      refund('S1', 'R1', 300, 1, at('12:00')),
      cancel('S2', 2_000, 8, at('23:59')),
    ];
    const result = matchSettlement(statement([]), entries, TERMINAL);

    expect(result.missingAtWallet).toEqual(entries);
    expect(result.balanced).toBe(false);
    expect(result.totals.terminal).toEqual({
      gross: 1_000,
      refunds: 2_300,
      fees: -5,
      net: -1_295,
      count: 1,
    });
  });

  it('leaves out movements of other UTC days, from [00:00Z to the next 00:00Z)', () => {
    const entries = [
      sale('before', 1_000, 4, at('23:59', '2026-11-20')),
      sale('first', 1_000, 4, at('00:00')),
      sale('last', 1_000, 4, Date.parse('2026-11-21T23:59:59.999Z')),
      sale('after', 1_000, 4, at('00:00', '2026-11-22')),
    ];
    const result = matchSettlement(statement([]), entries, TERMINAL);
    expect(result.missingAtWallet.map((entry) => entry.outTradeNo)).toEqual(['first', 'last']);
  });

  it('pairs a line with its movement by key, whatever day the journal dates it', () => {
    const lines = [line('PAYMENT', 'S1', 1_000, 4, at('00:00'))];
    const result = matchSettlement(
      statement(lines),
      [sale('S1', 1_000, 4, at('23:59', '2026-11-20'))],
      TERMINAL,
    );
    expect(result.balanced).toBe(true);
    expect(result.matched).toHaveLength(1);
    expect(result.totals.terminal).toEqual(result.totals.wallet);
  });

  it('reports a pair whose amount or fee differ, with both sides and the fields that differ', () => {
    const entries = [
      sale('S1', 1_000, 4, at('08:00')),
      sale('S2', 2_000, 8, at('08:10')),
      refund('S2', 'R1', 500, 2, at('09:00')),
    ];
    const lines = [
      line('PAYMENT', 'S1', 1_000, 99, at('08:00')),
      line('PAYMENT', 'S2', 2_500, 10, at('08:10')),
      line('REFUND', 'S2', 600, 2, at('09:00'), 'R1'),
    ];
    const result = matchSettlement(statement(lines), entries, TERMINAL);

    expect(result.mismatched).toEqual([
      { line: lines[0], entry: entries[0], fields: ['fee'] },
      { line: lines[1], entry: entries[1], fields: ['amount', 'fee'] },
      { line: lines[2], entry: entries[2], fields: ['amount'] },
    ]);
    expect(result).toMatchObject({ matched: [], missingOnTerminal: [], missingAtWallet: [] });
    expect(result.balanced).toBe(false);
    expect(result.totals.wallet).toEqual({
      gross: 3_500,
      refunds: 600,
      fees: 107,
      net: 2_793,
      count: 2,
    });
    expect(result.totals.terminal).toEqual({
      gross: 3_000,
      refunds: 500,
      fees: 10,
      net: 2_490,
      count: 2,
    });
  });

  it('keys refunds by outRefundNo, and never pairs lines of another type', () => {
    const entries = [refund('S1', 'R1', 300, 1, at('09:00')), sale('S2', 1_000, 4, at('08:00'))];
    const lines = [
      line('REFUND', 'S1', 300, 1, at('09:00'), 'R2'),
      line('CANCEL', 'S2', 1_000, 4, at('08:00')),
    ];
    const result = matchSettlement(statement(lines), entries, TERMINAL);
    expect(result.missingOnTerminal).toEqual(lines);
    expect(result.missingAtWallet).toEqual([entries[1], entries[0]]);
  });

  it('pairs each movement with one line at most: duplicates on either side stay problems', () => {
    const twice = line('PAYMENT', 'S1', 1_000, 4, at('08:00'));
    const noRefundNo = line('REFUND', 'S2', 100, 0, at('09:30'));
    const entries = [
      sale('S1', 1_000, 4, at('08:00')),
      cancel('S2', 500, 2, at('10:00')),
      { ...cancel('S2', 500, 2, at('10:01')), id: 'S2~cancel-again' },
    ];
    const lines = [twice, { ...twice }, noRefundNo, line('CANCEL', 'S2', 500, 2, at('10:00'))];
    const result = matchSettlement(statement(lines), entries, TERMINAL);

    expect(result.matched.map((pair) => pair.entry)).toEqual([entries[0], entries[1]]);
    expect(result.missingOnTerminal).toEqual([lines[1], noRefundNo]);
    expect(result.missingAtWallet).toEqual([entries[2]]);
    expect(result.mismatched).toEqual([]);
  });

  it('reads every group at once: one of each problem beside a matched pair', () => {
    const entries = [
      sale('ok', 1_000, 4, at('08:00')),
      sale('fee', 2_000, 8, at('08:10')),
      sale('terminal-only', 3_000, 11, at('08:20')),
    ];
    const lines = [
      line('PAYMENT', 'ok', 1_000, 4, at('08:00')),
      line('PAYMENT', 'fee', 2_000, 9, at('08:10')),
      line('PAYMENT', 'wallet-only', 400, 2, at('08:30')),
    ];
    const result = matchSettlement(statement(lines), entries, TERMINAL);
    expect(result.matched.map((pair) => pair.line.outTradeNo)).toEqual(['ok']);
    expect(result.mismatched.map((pair) => [pair.line.outTradeNo, pair.fields])).toEqual([
      ['fee', ['fee']],
    ]);
    expect(result.missingOnTerminal.map((l) => l.outTradeNo)).toEqual(['wallet-only']);
    expect(result.missingAtWallet.map((e) => e.outTradeNo)).toEqual(['terminal-only']);
    expect(result.balanced).toBe(false);
  });

  it('leaves the merchant’s other terminals’ lines out, and counts a line without a terminal as ours', () => {
    const ours = { ...line('PAYMENT', 'S1', 1_000, 4, at('08:00')), terminalId: TERMINAL };
    const unsaid = line('PAYMENT', 'S2', 2_000, 8, at('09:00'));
    const theirs = { ...line('PAYMENT', 'T9', 5_000, 19, at('10:00')), terminalId: 't_other' };
    const entries = [sale('S1', 1_000, 4, at('08:00')), sale('S2', 2_000, 8, at('09:00'))];
    const result = matchSettlement(statement([ours, unsaid, theirs]), entries, TERMINAL);

    expect(result.balanced).toBe(true);
    expect(result.matched.map((pair) => pair.line)).toEqual([ours, unsaid]);
    expect(result.otherTerminals).toEqual([theirs]);
    expect(result.missingOnTerminal).toEqual([]);
    const totals = { gross: 3_000, refunds: 0, fees: 12, net: 2_988, count: 2 };
    expect(result.totals).toEqual({ wallet: totals, terminal: totals });
  });
});
