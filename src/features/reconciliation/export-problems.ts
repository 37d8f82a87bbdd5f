import { csvFileName, downloadCsv } from '../../lib/csv/download.ts';
import { problemsCsv } from '../../lib/reconciliation/reconciliation-csv.ts';
import { problemSubject, type Problem } from '../../lib/reconciliation/reconciliation-problems.ts';

/** Downloads the problems of a statement day as CSV; one problem names its file after itself. */
export function exportProblems(date: string, problems: readonly Problem[], at = new Date()): void {
  const [only] = problems;
  const subject = problems.length === 1 && only ? problemSubject(only) : undefined;
  const what = subject
    ? `reconciliation-${date}-${subject.type.toLowerCase()}-${subject.outRefundNo ?? subject.outTradeNo}`
    : `reconciliation-${date}`;
  downloadCsv(csvFileName(what, at), problemsCsv(date, problems));
}
