import type { Translate } from '../../lib/i18n/catalogue-types.ts';
import type { DateRefusal } from '../../lib/reconciliation/utc-day.ts';
import { WalletProblemError, WalletUnreachableError } from '../../lib/wallet-client/errors.ts';

/** Why a statement or a payment query failed, in the cashier's words. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof WalletProblemError) {
    return t('reconciliation.errorRefused', { detail: error.detail, code: error.code });
  }
  if (error instanceof WalletUnreachableError) {
    return error.noResponse
      ? t('reconciliation.errorOffline')
      : t('reconciliation.errorUnavailable', { message: error.message });
  }
  return t('reconciliation.errorJournal', {
    message: error instanceof Error ? error.message : String(error),
  });
}

/** Why a typed date was refused; `today` is the wallet's (UTC) today. */
export function describeDateRefusal(
  reason: DateRefusal,
  date: string,
  today: string,
  t: Translate,
): string {
  switch (reason) {
    case 'empty':
      return t('reconciliation.dateEmpty');
    case 'format':
      return t('reconciliation.dateFormat', { example: today });
    case 'not-a-date':
      return t('reconciliation.dateNotADate', { date });
    case 'future':
      return t('reconciliation.dateFuture', { date, today });
  }
}
