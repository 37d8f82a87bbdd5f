import type { Minor } from '../../../protocol/money.ts';
import type { JwkSet, OfflineCode } from '../../../protocol/offline-code.ts';
import { verifyOfflineCodeOnThisPage } from '../crypto/offline-signature.ts';
import { formatDateTime } from '../i18n/format-date.ts';
import { formatMoney } from '../i18n/format-money.ts';
import { t } from '../i18n/translate.ts';
import {
  checkOfflineLimits,
  type OfflineExposure,
  type OfflineLimitCode,
  type OfflineLimits,
} from './offline-limits.ts';

/** The words for an online code scanned while offline (docs/OUTBOX.md): it is never queued. */
export function onlineCodeOfflineRefusal(): string {
  return t('offline.onlineCodeRefused');
}

export type OfflineRefusalCode =
  | 'NO_KEYS'
  | 'UNKNOWN_KEY'
  | 'BAD_SIGNATURE'
  | 'NOT_YET_VALID'
  | 'EXPIRED'
  | 'OVER_CODE_CAP'
  | 'ALREADY_ACCEPTED'
  | OfflineLimitCode;

export type OfflineCaptureInput = {
  offline: OfflineCode;
  amount: Minor;
  /** Unix ms, on the device's clock (the limits' ages are on it too). */
  capturedAt: number;
  /** Wallet time minus device time: the code's validity window is on the wallet's clock. */
  clockOffsetMs?: number;
  /** How far that offset may be off, in ms; 0 when not given. */
  clockUncertaintyMs?: number;
  keys: JwkSet | undefined;
  limits: OfflineLimits;
  exposure: OfflineExposure;
  /** The terminal already holds a sale with this code's `cid`. */
  alreadyAccepted: boolean;
};

export type OfflineJudgement =
  /** `walletCapturedAt`: the wallet's time of the capture, which the sale sends as capturedAt. */
  { ok: true; walletCapturedAt: number } | { ok: false; code: OfflineRefusalCode; message: string };

const refuse = (code: OfflineRefusalCode, message: string): OfflineJudgement => ({
  ok: false,
  code,
  message,
});

/** Decides whether the terminal may accept this offline code for this sale without the wallet. */
export async function judgeOfflineCapture(input: OfflineCaptureInput): Promise<OfflineJudgement> {
  const { offline, amount, capturedAt, keys } = input;
  const { kid, iat, exp, cap } = offline.payload;
  if (!keys) {
    return refuse('NO_KEYS', t('offline.noKeys'));
  }
  if (!keys.keys.some((key) => key.kid === kid)) {
    return refuse('UNKNOWN_KEY', t('offline.unknownKey'));
  }
  if (!(await verifyOfflineCodeOnThisPage(offline, keys))) {
    return refuse('BAD_SIGNATURE', t('offline.badSignature'));
  }
  const estimated = capturedAt + (input.clockOffsetMs ?? 0);
  // A code is shown after it was made, so an iat ahead of the estimate by no more than the
  // estimate's own error says the estimate is low: the capture is taken at iat. Further ahead,
  // the terminal's clock is wrong.
  if (iat - estimated > (input.clockUncertaintyMs ?? 0)) {
    return refuse('NOT_YET_VALID', t('offline.notYetValid', { time: formatDateTime(iat) }));
  }
  const walletCapturedAt = Math.max(estimated, iat);
  if (walletCapturedAt >= exp) {
    return refuse('EXPIRED', t('offline.expired', { time: formatDateTime(exp) }));
  }
  if (amount > cap) {
    return refuse(
      'OVER_CODE_CAP',
      t('offline.overCodeCap', { cap: formatMoney(cap), amount: formatMoney(amount) }),
    );
  }
  if (input.alreadyAccepted) {
    return refuse('ALREADY_ACCEPTED', t('offline.alreadyAccepted'));
  }
  const limits = checkOfflineLimits(amount, input.exposure, input.limits, capturedAt);
  return limits.ok ? { ok: true, walletCapturedAt } : refuse(limits.code, limits.message);
}
