import type { ScannedCodeRoute } from '../../../../protocol/scanned-code.ts';
import type { PlainMessageKey } from '../../../lib/i18n/catalogue-types.ts';
import { t } from '../../../lib/i18n/translate.ts';

type Refusal = Extract<ScannedCodeRoute, { ok: false }>;

/** protocol/offline-code's two reasons a text is not an offline code, and our words for them. */
const OFFLINE_DETAILS: readonly (readonly [string, PlainMessageKey])[] = [
  ['is not a well-formed SOP1 offline code', 'scan.offlineNotWellFormed'],
  ['holds an offline payload of the wrong shape', 'scan.offlineWrongShape'],
];

/** Why a scanned text cannot be charged, in the page's language (protocol/ speaks English). */
export function refusalText(route: Refusal): string {
  switch (route.reason) {
    case 'EMPTY':
      return t('scan.empty');
    case 'NOT_A_PAYMENT_CODE':
      return t('scan.notPaymentCode');
    case 'MALFORMED_OFFLINE_CODE': {
      const detail = OFFLINE_DETAILS.find(([english]) => route.message.includes(english));
      return t(detail ? detail[1] : 'scan.offlineMalformed');
    }
  }
}
