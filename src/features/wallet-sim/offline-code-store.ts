import { t } from '../../lib/i18n/translate.ts';
import { WalletProblemError } from '../../lib/wallet-client/errors.ts';
import {
  issueOfflineCodes,
  type OfflineCodesRequest,
} from '../../lib/wallet-client/wallets-api.ts';
import { describeWalletError } from './describe-wallet-error.ts';
import {
  isUsable,
  offlineBatchKey,
  parseOfflineBatch,
  serializeOfflineBatch,
  withoutCode,
  type OfflineCodeBatch,
} from './offline-code-batch.ts';
import type { WalletRef } from './use-payment-code.ts';

/**
 * The offline codes on this "phone": the batch lives in localStorage per wallet so it survives
 * a reload without a network; whether a fetch is running and how the last one ended live here.
 */
export type OfflineCodesState = {
  codes: OfflineCodeBatch;
  fetching: boolean;
  error: string | null;
};

type Status = {
  fetching: boolean;
  error: string | null;
  /** The wallet refused the default request (say, a payment limit below the default cap). */
  autoBlocked: boolean;
  lastAutoAt: number;
};

const IDLE: Status = { fetching: false, error: null, autoBlocked: false, lastAutoAt: 0 };
const AUTO_RETRY_MS = 30_000;

const listeners = new Set<() => void>();
const statuses = new Map<string, Status>();
const snapshots = new Map<
  string,
  { raw: string | null; status: Status; state: OfflineCodesState }
>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function subscribeOfflineCodes(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the simulator may take or replace codes of the same wallet.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function readRaw(walletId: string): string | null {
  try {
    return localStorage.getItem(offlineBatchKey(walletId));
  } catch {
    return null;
  }
}

export function offlineCodesSnapshot(walletId: string): OfflineCodesState {
  const raw = readRaw(walletId);
  const status = statuses.get(walletId) ?? IDLE;
  const cached = snapshots.get(walletId);
  if (cached?.raw === raw && cached.status === status) return cached.state;
  const state = { codes: parseOfflineBatch(raw), fetching: status.fetching, error: status.error };
  snapshots.set(walletId, { raw, status, state });
  return state;
}

function setStatus(walletId: string, patch: Partial<Status>): void {
  statuses.set(walletId, { ...(statuses.get(walletId) ?? IDLE), ...patch });
  notify();
}

function storeCodes(walletId: string, codes: OfflineCodeBatch): string | null {
  try {
    localStorage.setItem(offlineBatchKey(walletId), serializeOfflineBatch(codes));
    return null;
  } catch (caught) {
    const reason = caught instanceof Error ? caught.message : t('wallet.storageUnavailable');
    return t('wallet.cannotKeepCodes', { reason });
  }
}

/** Replaces the batch on the phone with fresh codes from the wallet. */
export async function fetchOfflineCodes(
  wallet: WalletRef,
  request: OfflineCodesRequest,
  trigger: 'auto' | 'user' = 'user',
): Promise<void> {
  const { walletId } = wallet;
  const before = statuses.get(walletId) ?? IDLE;
  if (before.fetching) return;
  setStatus(walletId, {
    fetching: true,
    ...(trigger === 'auto' ? { lastAutoAt: Date.now() } : { error: null }),
  });
  try {
    const issued = await issueOfflineCodes(walletId, wallet.token, request);
    const error = storeCodes(walletId, issued.codes);
    setStatus(walletId, { fetching: false, error, autoBlocked: false });
  } catch (caught) {
    setStatus(walletId, {
      fetching: false,
      error: t('wallet.couldNotGetCodes', { reason: describeWalletError(caught, fieldNames()) }),
      autoBlocked:
        before.autoBlocked || (trigger === 'auto' && caught instanceof WalletProblemError),
    });
  }
}

function fieldNames(): Record<string, string> {
  return { cap: t('wallet.capPerCode'), count: t('wallet.codeCount') };
}

/**
 * Keeps a batch on the phone while the wallet is reachable: fetches one when no usable code is
 * left, at most every 30 s, and not again after the wallet refused the default request.
 */
export function topUpOfflineCodes(
  wallet: WalletRef,
  request: OfflineCodesRequest,
  now: number,
): void {
  const status = statuses.get(wallet.walletId) ?? IDLE;
  if (status.fetching || status.autoBlocked || now - status.lastAutoAt < AUTO_RETRY_MS) return;
  if (offlineCodesSnapshot(wallet.walletId).codes.some((code) => isUsable(code, now))) return;
  void fetchOfflineCodes(wallet, request, 'auto');
}

/** The customer paid with this code (or will not use it): the phone moves on to the next one. */
export function discardOfflineCode(walletId: string, cid: string): void {
  const error = storeCodes(walletId, withoutCode(offlineCodesSnapshot(walletId).codes, cid));
  if (error) setStatus(walletId, { error });
  else notify();
}

export function dropExpiredOfflineCodes(walletId: string, now: number): void {
  const { codes } = offlineCodesSnapshot(walletId);
  const kept = codes.filter((code) => isUsable(code, now));
  if (kept.length === codes.length) return;
  const error = storeCodes(walletId, kept);
  if (error) setStatus(walletId, { error });
  else notify();
}
