import type { Minor } from '../../../protocol/money.ts';
import { amountColumn, toCsv, type CsvColumn } from '../csv/csv-writer.ts';
import { problemSubject, type Problem, type ProblemKind } from './reconciliation-problems.ts';

/** CSV exports stay in English whatever the screen's language, for spreadsheets and scripts. */
const PROBLEM_NAMES: Readonly<Record<ProblemKind, string>> = {
  missingOnTerminal: 'Missing on the terminal',
  missingAtWallet: 'Missing at the wallet',
  mismatched: 'Amount or fee mismatch',
};

type Row = { date: string; problem: Problem };

const walletSide = ({ problem }: Row) =>
  problem.kind === 'missingAtWallet' ? undefined : problem.line;
const terminalSide = ({ problem }: Row) =>
  problem.kind === 'missingOnTerminal' ? undefined : problem.entry;
const isoOf = (ms: number | undefined) =>
  ms === undefined ? undefined : new Date(ms).toISOString();

const COLUMNS: readonly CsvColumn<Row>[] = [
  { header: 'Statement date (UTC)', value: (row) => row.date },
  { header: 'Problem', value: (row) => PROBLEM_NAMES[row.problem.kind] },
  {
    header: 'Differs',
    value: ({ problem }) => (problem.kind === 'mismatched' ? problem.fields.join(' ') : undefined),
  },
  { header: 'Type', value: (row) => problemSubject(row.problem).type },
  { header: 'Out trade no', value: (row) => problemSubject(row.problem).outTradeNo },
  { header: 'Out refund no', value: (row) => problemSubject(row.problem).outRefundNo },
  { header: 'Provider', value: (row) => problemSubject(row.problem).provider },
  amountColumn<Row>('Wallet amount', (row): Minor | undefined => walletSide(row)?.amount),
  amountColumn<Row>('Wallet fee', (row): Minor | undefined => walletSide(row)?.fee),
  amountColumn<Row>('Terminal amount', (row): Minor | undefined => terminalSide(row)?.amount),
  amountColumn<Row>('Terminal fee', (row): Minor | undefined => terminalSide(row)?.fee),
  { header: 'Wallet time', value: (row) => walletSide(row)?.at },
  { header: 'Terminal time', value: (row) => isoOf(terminalSide(row)?.movedAt) },
  {
    header: 'Wallet trade no',
    value: (row) => walletSide(row)?.tradeNo ?? terminalSide(row)?.tradeNo,
  },
  { header: 'Terminal state', value: (row) => terminalSide(row)?.state },
];

/** The problems of one statement day as CSV: UTF-8 with a BOM, amounts in yuan with 2 decimals. */
export function problemsCsv(date: string, problems: readonly Problem[]): string {
  return toCsv(
    COLUMNS,
    problems.map((problem) => ({ date, problem })),
  );
}
