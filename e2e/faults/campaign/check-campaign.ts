import type { SettlementLine } from '../../../protocol/settlements.ts';
import type { CampaignEvidence, Check, ShownOutcome, TypedCode } from './campaign-evidence.ts';
import {
  isFinal,
  MONEY_KEPT_STATES,
  withHistory,
  type JournalRow,
  type SaleState,
} from './journal-row.ts';
import { compareWithSettlement, sumLines } from './journal-vs-settlement.ts';

export type WalletFigures = {
  walletId: string;
  start: number;
  final: number;
  /** start − final: what left the wallet. */
  moved: number;
  /** What the settlement says this wallet's sales took, net of cancels and refunds. */
  settlementNet: number;
  /** What the journal says this wallet's sales took. */
  journalNet: number;
};

export type CampaignVerdict = {
  ok: boolean;
  codesTyped: number;
  salesStarted: number;
  refusedCodes: number;
  journalRows: number;
  byState: Partial<Record<SaleState, number>>;
  byMode: Record<string, number>;
  salesLost: number;
  doubleCharges: number;
  settlement: { lines: number; payments: number; cancels: number; refunds: number; net: number };
  wallets: WalletFigures[];
  checks: Check[];
};

/** The final states a sale may have reached after the checkout showed `shown`. */
const AGREES_WITH: Partial<Record<ShownOutcome, readonly SaleState[]>> = {
  Paid: ['paid'],
  Declined: ['declined'],
  Cancelled: ['cancelled'],
  'Accepted offline': ['forwarded', 'declined-after-forwarding'],
};

const MAX_PROBLEMS_LISTED = 20;

/**
 * The campaign's verdict from what it typed, the terminal's journal, the wallet's settlement and
 * the wallet balances: nothing lost, nothing charged twice, and the journal equal to the
 * settlement to the fen.
 */
export function checkCampaign(evidence: CampaignEvidence): CampaignVerdict {
  const { codes, journal, settlementLines, wallets } = evidence;
  const rowsByHash = groupBy(journal, (row) => row.authCodeHash);
  const linesByTrade = groupBy(settlementLines, (line) => line.outTradeNo);
  const rowsByTrade = new Map(journal.map((row) => [row.outTradeNo, row]));
  const codeByHash = new Map(codes.map((code) => [code.codeHash, code]));
  const started = codes.filter((code) => !code.refused);
  const linesOf = (row: JournalRow) => linesByTrade.get(row.outTradeNo) ?? [];

  const lost = started.filter((code) => !rowsByHash.has(code.codeHash));
  const doubles = started.flatMap((code) => {
    const payments = (rowsByHash.get(code.codeHash) ?? []).flatMap(linesOf).filter(isPayment);
    return payments.length > 1 ? [`${code.label}: charged ${payments.length} times`] : [];
  });
  const walletFigures = wallets.map(({ walletId, start, final }) => {
    const rows = started
      .filter((code) => code.walletId === walletId)
      .flatMap((code) => rowsByHash.get(code.codeHash) ?? []);
    const sums = sumLines(rows.flatMap(linesOf));
    const journalNet = rows
      .filter((row) => MONEY_KEPT_STATES.includes(row.state))
      .reduce((total, row) => total + row.amount - (row.refundedAmount ?? 0), 0);
    const settlementNet = sums.paid - sums.returned;
    return { walletId, start, final, moved: start - final, settlementNet, journalNet };
  });

  const checks: Check[] = [
    check(
      'every sale is in exactly one final state',
      journal
        .filter((row) => !isFinal(row))
        .map((row) => withHistory(`${row.outTradeNo}: ${row.state}`, row)),
    ),
    check(
      'no sale lost: every code the terminal took is in the journal',
      lost.map((code) => code.label),
    ),
    check(
      'the terminal refused every code it must refuse',
      codes.filter((code) => code.mustBeRefused && !code.refused).map((code) => code.label),
    ),
    check(
      'refused codes never became sales',
      codes
        .filter((code) => code.refused && rowsByHash.has(code.codeHash))
        .map((code) => code.label),
    ),
    check(
      'each code became one sale, and the journal holds no sale the campaign did not make',
      [...rowsByHash].flatMap(([hash, rows]) => {
        const code = codeByHash.get(hash);
        if (!code) return rows.map((row) => `${row.outTradeNo}: no code of the campaign`);
        return rows.length > 1 ? [`${code.label}: ${rows.length} sales`] : [];
      }),
    ),
    check('money moved at most once per sale', doubles),
    check('the journal equals the settlement, line by line and to the fen', [
      ...journal.filter(isFinal).flatMap((row) => compareWithSettlement(row, linesOf(row))),
      ...settlementLines
        .filter((line) => !rowsByTrade.has(line.outTradeNo))
        .map((line) => `${line.type} ${line.outTradeNo}: not in the journal`),
    ]),
    check(
      'the journal keeps the amounts the cashier typed',
      started.flatMap((code) =>
        (rowsByHash.get(code.codeHash) ?? [])
          .filter((row) => row.amount !== code.amount)
          .map((row) => `${code.label}: typed ${code.amount}, journal ${row.amount}`),
      ),
    ),
    check(
      'the checkout showed what became of each sale',
      started.flatMap((code) => disagreement(code, rowsByHash.get(code.codeHash) ?? [])),
    ),
    check(
      'each wallet lost exactly what the settlement says its sales took',
      walletFigures
        .filter((w) => w.moved !== w.settlementNet)
        .map((w) => `${w.walletId}: lost ${w.moved}, settled ${w.settlementNet}`),
    ),
    check(
      'each wallet lost exactly what the journal says its sales took',
      walletFigures
        .filter((w) => w.moved !== w.journalNet)
        .map((w) => `${w.walletId}: lost ${w.moved}, journal ${w.journalNet}`),
    ),
  ];

  const totals = sumLines(settlementLines);
  return {
    ok: checks.every((c) => c.ok),
    codesTyped: codes.length,
    salesStarted: started.length,
    refusedCodes: codes.length - started.length,
    journalRows: journal.length,
    byState: countBy(journal, (row) => row.state),
    byMode: countBy(journal, (row) => row.mode),
    salesLost: lost.length,
    doubleCharges: doubles.length,
    settlement: {
      lines: settlementLines.length,
      payments: totals.payments,
      cancels: totals.cancels,
      refunds: totals.refunds,
      net: totals.paid - totals.returned - (totals.paidFees - totals.returnedFees),
    },
    wallets: walletFigures,
    checks,
  };
}

function disagreement(code: TypedCode, rows: readonly JournalRow[]): string[] {
  const expected = code.shown === undefined ? undefined : AGREES_WITH[code.shown];
  if (expected === undefined) return [];
  return rows
    .filter((row) => isFinal(row) && !expected.includes(row.state))
    .map((row) => `${code.label}: showed "${String(code.shown)}", journal says ${row.state}`);
}

function isPayment(line: SettlementLine): boolean {
  return line.type === 'PAYMENT';
}

function check(name: string, problems: string[]): Check {
  const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
  if (problems.length > listed.length) listed.push(`… and ${problems.length - listed.length} more`);
  return { name, ok: problems.length === 0, problems: listed };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function countBy<T, K extends string>(
  items: readonly T[],
  key: (item: T) => K,
): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const item of items) {
    const k = key(item);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
