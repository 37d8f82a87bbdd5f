import {
  OfflineCodesIssuedSchema,
  type IssuedOfflineCode,
} from '../../../protocol/offline-code.ts';

/** A fresh batch: enough for a day of small purchases, each up to the terminal's offline limit. */
export const OFFLINE_BATCH_SIZE = 10;
export const DEFAULT_OFFLINE_CAP = 20_000;

export type OfflineCodeBatch = readonly IssuedOfflineCode[];

export function offlineBatchKey(walletId: string): string {
  return `saoma.wallet-sim.offline-codes.${walletId}`;
}

/** Reads a stored batch; anything unreadable counts as no codes at all. */
export function parseOfflineBatch(raw: string | null): OfflineCodeBatch {
  if (raw === null) return [];
  try {
    const parsed = OfflineCodesIssuedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.codes : [];
  } catch {
    return [];
  }
}

export function serializeOfflineBatch(codes: OfflineCodeBatch): string {
  return JSON.stringify({ codes });
}

export function isUsable(code: IssuedOfflineCode, now: number): boolean {
  return Date.parse(code.exp) > now;
}

export function usableCodes(codes: OfflineCodeBatch, now: number): OfflineCodeBatch {
  return codes.filter((code) => isUsable(code, now));
}

export function withoutCode(codes: OfflineCodeBatch, cid: string): OfflineCodeBatch {
  return codes.filter((code) => code.cid !== cid);
}
