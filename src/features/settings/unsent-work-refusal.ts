import { lastExportCovers, type ExportMatch } from '../../lib/csv/pending-export.ts';
import type { UnsentWork } from '../../lib/db/unsent-work.ts';
import { t } from '../../lib/i18n/translate.ts';

/**
 * Why unpairing or clearing the data would lose work, or null when it would not: nothing is
 * pending, or the cashier's last export holds every pending sale (`match` says how closely).
 * Refunds have no export yet, so they must be sent.
 */
export function unsentWorkRefusal(unsent: UnsentWork, match: ExportMatch): string | null {
  if (unsent.refunds > 0) return t('unsent.refunds', { count: unsent.refunds });
  if (unsent.sales.length === 0 || lastExportCovers(unsent.sales, match)) return null;
  return t('unsent.sales', { count: unsent.sales.length });
}
