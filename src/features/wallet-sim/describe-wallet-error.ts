import { t } from '../../lib/i18n/translate.ts';
import { WalletProblemError } from '../../lib/wallet-client/errors.ts';

/** Turns a failed wallet call into one sentence for the customer, naming bad fields. */
export function describeWalletError(
  caught: unknown,
  fieldNames: Readonly<Record<string, string>> = {},
): string {
  if (caught instanceof WalletProblemError) {
    const fields = caught.errors.map((e) =>
      t('wallet.fieldError', { field: fieldNames[e.path] ?? e.path, message: e.message }),
    );
    return fields.join('; ') || caught.detail;
  }
  return caught instanceof Error ? caught.message : t('walletClient.unreachable');
}
