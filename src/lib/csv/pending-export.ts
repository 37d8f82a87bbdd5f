import type { SaleRow } from '../db/database.ts';
import { pendingSales } from '../db/sales.ts';
import { csvFileName, downloadCsv } from './download.ts';
import { salesCsv } from './sales-csv.ts';

/** Each exported sale's outTradeNo and the version (updatedAt) the file holds. */
type Exported = ReadonlyMap<string, string>;

/** Kept in memory only: after a reload the cashier exports again, which errs on the safe side. */
let lastExport: Exported | undefined;

const versions = (rows: readonly SaleRow[]): Exported =>
  new Map(rows.map((row) => [row.outTradeNo, row.updatedAt]));

/** Saves the pending sales as a CSV file, remembers what it held, and answers how many. */
export async function exportPendingSales(
  now: Date,
  save: (fileName: string, csv: string) => void = downloadCsv,
): Promise<number> {
  const rows = await pendingSales();
  save(csvFileName('pending', now), salesCsv(rows));
  lastExport = versions(rows);
  return rows.length;
}

/**
 * How closely the last export must match the pending sales: each sale as it is now, or only the
 * same sales (a retry in the background changes a sale's attempts and times, not the sale).
 */
export type ExportMatch = 'as-now' | 'same-sales';

/**
 * True when the last export holds every one of these pending sales. Sales that became final
 * since then may be in the file too: they are no longer work that could be lost.
 */
export function lastExportCovers(pending: readonly SaleRow[], match: ExportMatch): boolean {
  const exported = lastExport;
  if (!exported) return false;
  return pending.every((row) =>
    match === 'as-now'
      ? exported.get(row.outTradeNo) === row.updatedAt
      : exported.has(row.outTradeNo),
  );
}
