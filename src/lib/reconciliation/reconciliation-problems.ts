import type { Provider } from '../../../protocol/payment-code.ts';
import type { SettlementLine } from '../../../protocol/settlements.ts';
import type { MovementType } from '../journal/journal-entry.ts';
import type { MismatchedField, MovedEntry, Reconciliation } from './match-settlement.ts';

export const PROBLEM_KINDS = ['missingOnTerminal', 'missingAtWallet', 'mismatched'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** One thing the cashier must look into: a line or movement without its pair, or a pair that differs. */
export type Problem =
  | { kind: 'missingOnTerminal'; line: SettlementLine }
  | { kind: 'missingAtWallet'; entry: MovedEntry }
  | { kind: 'mismatched'; line: SettlementLine; entry: MovedEntry; fields: MismatchedField[] };

/** Every problem of a reconciliation, group by group, in the order the groups are shown. */
export function problemsOf(result: Reconciliation): Problem[] {
  return [
    ...result.missingOnTerminal.map((line) => ({ kind: 'missingOnTerminal' as const, line })),
    ...result.missingAtWallet.map((entry) => ({ kind: 'missingAtWallet' as const, entry })),
    ...result.mismatched.map((pair) => ({ kind: 'mismatched' as const, ...pair })),
  ];
}

/** What the problem is about, whichever side it was seen on. */
export function problemSubject(problem: Problem): {
  type: MovementType;
  outTradeNo: string;
  outRefundNo?: string;
  provider: Provider;
} {
  const { outTradeNo, outRefundNo, provider } =
    problem.kind === 'missingAtWallet' ? problem.entry : problem.line;
  const type = problem.kind === 'missingAtWallet' ? problem.entry.movement : problem.line.type;
  return { type, outTradeNo, ...(outRefundNo !== undefined ? { outRefundNo } : {}), provider };
}

/** Names a problem in keys and file names; a line the wallet listed twice gives the same id. */
export function problemId(problem: Problem): string {
  const { type, outTradeNo, outRefundNo } = problemSubject(problem);
  return [problem.kind, type, outTradeNo, outRefundNo ?? ''].join(':');
}
