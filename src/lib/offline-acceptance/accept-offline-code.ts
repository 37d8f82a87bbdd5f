import type { Minor } from '../../../protocol/money.ts';
import {
  verifyOfflineCode,
  type JwkSet,
  type OfflineCode,
} from '../../../protocol/offline-code.ts';
import {
  checkOfflineLimits,
  formatYuan,
  type OfflineExposure,
  type OfflineLimitCode,
  type OfflineLimits,
} from './offline-limits.ts';

/** PRODUCT.md's words for an online code scanned while offline: it is never queued. */
export const OFFLINE_ONLINE_CODE_REFUSAL = 'Offline: ask for an offline code or take cash.';

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
  /** Unix ms. */
  capturedAt: number;
  keys: JwkSet | undefined;
  limits: OfflineLimits;
  exposure: OfflineExposure;
  /** The terminal already holds a sale with this code's `cid`. */
  alreadyAccepted: boolean;
};

export type OfflineJudgement =
  { ok: true } | { ok: false; code: OfflineRefusalCode; message: string };

const refuse = (code: OfflineRefusalCode, message: string): OfflineJudgement => ({
  ok: false,
  code,
  message,
});

const localTime = (ms: number) => new Date(ms).toLocaleString();

/** Decides whether the terminal may accept this offline code for this sale without the wallet. */
export async function judgeOfflineCapture(input: OfflineCaptureInput): Promise<OfflineJudgement> {
  const { offline, amount, capturedAt, keys } = input;
  const { kid, iat, exp, cap } = offline.payload;
  if (!keys) {
    return refuse(
      'NO_KEYS',
      "This terminal has not fetched the wallet's keys yet, so it cannot check offline codes. Connect once, then try again.",
    );
  }
  if (!keys.keys.some((key) => key.kid === kid)) {
    return refuse(
      'UNKNOWN_KEY',
      "This offline code is signed with a key this terminal does not know. Connect once to refresh the wallet's keys, or take cash.",
    );
  }
  if (!(await verifyOfflineCode(offline, keys))) {
    return refuse('BAD_SIGNATURE', "This offline code's signature is not valid. Do not accept it.");
  }
  if (capturedAt < iat) {
    return refuse(
      'NOT_YET_VALID',
      `This offline code is not valid until ${localTime(iat)}. Check the terminal's clock, or take cash.`,
    );
  }
  if (capturedAt >= exp) {
    return refuse(
      'EXPIRED',
      `This offline code expired at ${localTime(exp)}. Ask the customer to refresh their offline codes.`,
    );
  }
  if (amount > cap) {
    return refuse(
      'OVER_CODE_CAP',
      `This offline code allows at most ${formatYuan(cap)}. Take ${formatYuan(amount)} another way.`,
    );
  }
  if (input.alreadyAccepted) {
    return refuse(
      'ALREADY_ACCEPTED',
      'This offline code was already used for a sale on this terminal.',
    );
  }
  const limits = checkOfflineLimits(amount, input.exposure, input.limits, capturedAt);
  return limits.ok ? limits : refuse(limits.code, limits.message);
}
