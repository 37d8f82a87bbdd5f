import { lastExportCovers, type ExportMatch } from '../../lib/csv/pending-export.ts';
import type { UnsentWork } from '../../lib/db/unsent-work.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Why unpairing or clearing the data would lose work, or null when it would not: nothing is
 * pending, or the cashier's last export holds every pending sale (`match` says how closely).
 * Refunds have no export yet, so they must be sent.
 */
export function unsentWorkRefusal(unsent: UnsentWork, match: ExportMatch): string | null {
  if (unsent.refunds > 0) {
    const refunds = count(unsent.refunds, 'refund is', 'refunds are');
    return `${refunds} not sent yet. Sync ${unsent.refunds === 1 ? 'it' : 'them'} first.`;
  }
  if (unsent.sales.length === 0 || lastExportCovers(unsent.sales, match)) return null;
  const sales = count(unsent.sales.length, 'sale is', 'sales are');
  const them = unsent.sales.length === 1 ? 'it' : 'them';
  return `${sales} not sent yet. Export ${them} first, or sync ${them}.`;
}
