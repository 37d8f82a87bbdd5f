import type {
  Settlement,
  SettlementLine,
  SettlementTotals,
} from '../../../protocol/settlements.ts';
import type { JournalEntry, MovementType } from '../journal/journal-entry.ts';
import { settlementTotals, type Movement } from './settlement-totals.ts';
import { utcDayBounds } from './utc-day.ts';

/** A journal entry that moved money: the only kind a statement can list. */
export type MovedEntry = JournalEntry & { movement: MovementType; movedAt: number };

export type MismatchedField = 'amount' | 'fee';

export type Matched = { line: SettlementLine; entry: MovedEntry };
export type Mismatched = Matched & { fields: MismatchedField[] };

export type Reconciliation = {
  date: string;
  matched: Matched[];
  /** Lines of the statement for which the journal has no movement. */
  missingOnTerminal: SettlementLine[];
  /** Movements of the journal on that UTC day that the statement does not list. */
  missingAtWallet: MovedEntry[];
  /** A line and a movement of the same key whose amount or fee differ. */
  mismatched: Mismatched[];
  /** Lines of the merchant's other terminals: theirs to reconcile, left out of this one. */
  otherTerminals: SettlementLine[];
  /** True when the three problem groups are empty: the day reconciles. */
  balanced: boolean;
  /** The statement's lines added up, and the journal's side of the same day. */
  totals: { wallet: SettlementTotals; terminal: SettlementTotals };
};

/**
 * Matches the wallet's statement for one UTC day with the terminal's journal, line by line. A
 * PAYMENT line is the sale of its outTradeNo, a REFUND line the refund of its outRefundNo, and a
 * CANCEL line the cancel of its outTradeNo, whenever the journal says the money moved: a clock
 * that disagrees by a moment at midnight must not split a pair. Each movement answers for one
 * line at most, so a line listed twice leaves the second one missing on the terminal.
 */
export function matchSettlement(
  statement: Settlement,
  entries: readonly JournalEntry[],
  terminalId: string,
): Reconciliation {
  // A line without a terminal (a wallet that does not say) is taken to be this terminal's.
  const isOurs = (line: SettlementLine) =>
    line.terminalId === undefined || line.terminalId === terminalId;
  const lines = statement.lines.filter(isOurs);
  const waiting = new Map<string, MovedEntry[]>();
  const moved = entries.filter(hasMoved).sort((a, b) => a.movedAt - b.movedAt);
  for (const entry of moved) {
    const key = entryKey(entry);
    if (key !== null) waiting.set(key, [...(waiting.get(key) ?? []), entry]);
  }

  const matched: Matched[] = [];
  const mismatched: Mismatched[] = [];
  const missingOnTerminal: SettlementLine[] = [];
  const used = new Set<MovedEntry>();
  for (const line of lines) {
    const key = lineKey(line);
    const entry = key === null ? undefined : waiting.get(key)?.shift();
    if (entry === undefined) {
      missingOnTerminal.push(line);
      continue;
    }
    used.add(entry);
    const fields = differingFields(line, entry);
    if (fields.length === 0) matched.push({ line, entry });
    else mismatched.push({ line, entry, fields });
  }

  const { from, to } = utcDayBounds(statement.date);
  const missingAtWallet = moved.filter(
    (entry) => !used.has(entry) && entry.movedAt >= from && entry.movedAt < to,
  );
  const terminalSide = [...matched, ...mismatched].map(({ entry }) => entry);
  return {
    date: statement.date,
    matched,
    missingOnTerminal,
    missingAtWallet,
    mismatched,
    otherTerminals: statement.lines.filter((line) => !isOurs(line)),
    balanced:
      missingOnTerminal.length === 0 && missingAtWallet.length === 0 && mismatched.length === 0,
    totals: {
      wallet: settlementTotals(lines),
      terminal: settlementTotals([...terminalSide, ...missingAtWallet].map(movementOf)),
    },
  };
}

function hasMoved(entry: JournalEntry): entry is MovedEntry {
  return entry.movement !== undefined && entry.movedAt !== undefined;
}

/** What pairs a line with a movement; null when the line cannot name one (a refund without no). */
function lineKey(line: SettlementLine): string | null {
  return keyOf(line.type, line.outTradeNo, line.outRefundNo);
}

function entryKey(entry: MovedEntry): string | null {
  return keyOf(entry.movement, entry.outTradeNo, entry.outRefundNo);
}

function keyOf(type: MovementType, outTradeNo: string, outRefundNo?: string): string | null {
  if (type !== 'REFUND') return `${type} ${outTradeNo}`;
  return outRefundNo === undefined ? null : `REFUND ${outRefundNo}`;
}

function differingFields(line: SettlementLine, entry: MovedEntry): MismatchedField[] {
  const fields: MismatchedField[] = [];
  if (line.amount !== entry.amount) fields.push('amount');
  if (line.fee !== entry.fee) fields.push('fee');
  return fields;
}

function movementOf(entry: MovedEntry): Movement {
  return { type: entry.movement, amount: entry.amount, fee: entry.fee };
}
