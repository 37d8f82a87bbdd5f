import type { SettlementLine } from '../../../protocol/settlements.ts';
import { MONEY_KEPT_STATES, withHistory, type JournalRow } from './journal-row.ts';

/** What a sale's settlement lines add up to. */
export type LineSums = {
  payments: number;
  paid: number;
  paidFees: number;
  returned: number;
  returnedFees: number;
  cancels: number;
  refunds: number;
};

export function sumLines(lines: readonly SettlementLine[]): LineSums {
  const sums = {
    payments: 0,
    paid: 0,
    paidFees: 0,
    returned: 0,
    returnedFees: 0,
    cancels: 0,
    refunds: 0,
  };
  for (const line of lines) {
    if (line.type === 'PAYMENT') {
      sums.payments += 1;
      sums.paid += line.amount;
      sums.paidFees += line.fee;
    } else {
      sums.returned += line.amount;
      sums.returnedFees += line.fee;
      if (line.type === 'CANCEL') sums.cancels += 1;
      else sums.refunds += 1;
    }
  }
  return sums;
}

/**
 * Compares one final journal row with the wallet's lines for its outTradeNo, to the fen. Answers
 * what disagrees, or nothing.
 */
export function compareWithSettlement(row: JournalRow, lines: readonly SettlementLine[]): string[] {
  return disagreements(row, lines).map((problem) => withHistory(problem, row));
}

function disagreements(row: JournalRow, lines: readonly SettlementLine[]): string[] {
  const sums = sumLines(lines);
  const where = `${row.outTradeNo} (${row.state})`;
  if (MONEY_KEPT_STATES.includes(row.state)) {
    const problems: string[] = [];
    if (sums.payments !== 1) problems.push(`${where}: ${sums.payments} PAYMENT lines, not 1`);
    else if (sums.paid !== row.amount || sums.paidFees !== row.fee) {
      problems.push(
        `${where}: the journal has ${row.amount} fee ${String(row.fee)}, the wallet ${sums.paid} fee ${sums.paidFees}`,
      );
    }
    const refunded = row.refundedAmount ?? 0;
    if (sums.cancels > 0) problems.push(`${where}: the wallet cancelled it`);
    else if (sums.returned !== refunded) {
      problems.push(`${where}: refunded ${refunded} here, ${sums.returned} at the wallet`);
    }
    return problems;
  }
  if (row.state === 'cancelled') {
    const even =
      sums.payments <= 1 && sums.returned === sums.paid && sums.returnedFees === sums.paidFees;
    return even
      ? []
      : [`${where}: the wallet kept ${sums.paid - sums.returned} of a cancelled sale`];
  }
  return lines.length === 0
    ? []
    : [`${where}: ${lines.length} settlement lines for a sale with no money`];
}
