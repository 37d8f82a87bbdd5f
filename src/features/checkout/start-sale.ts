import type { Minor } from '../../../protocol/money.ts';
import {
  hasSaleWithOfflineCode,
  insertOfflineSale,
  insertSale,
  offlineExposure,
} from '../../lib/db/sales.ts';
import { loadOfflineLimits } from '../../lib/db/offline-limits.ts';
import { t } from '../../lib/i18n/translate.ts';
import {
  judgeOfflineCapture,
  onlineCodeOfflineRefusal,
} from '../../lib/offline-acceptance/accept-offline-code.ts';
import { checkOfflineLimits } from '../../lib/offline-acceptance/offline-limits.ts';
import { cachedWalletKeys } from '../../lib/offline-acceptance/wallet-keys.ts';
import { newSaleRow } from '../../lib/outbox/new-sale.ts';
import { announceOutboxWork } from '../../lib/outbox/outbox-signals.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import type { ScannedCode } from '../../../protocol/scanned-code.ts';

export type SaleStart = { ok: true; outTradeNo: string } | { ok: false; message: string };

/**
 * Turns a scanned code into a sale in the journal, or refuses it before anything is written.
 * An online code needs the wallet now; an offline code is verified here and stored to forward.
 */
export async function startSale(
  scanned: ScannedCode,
  amount: Minor,
  worker: SaleWorker,
): Promise<SaleStart> {
  try {
    return scanned.kind === 'online'
      ? await startOnline(scanned, amount, worker)
      : await startOffline(scanned, amount, worker);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

async function startOnline(
  scanned: Extract<ScannedCode, { kind: 'online' }>,
  amount: Minor,
  worker: SaleWorker,
): Promise<SaleStart> {
  // An online code cannot wait for a replay: it is dead within a minute.
  if (worker.offline()) return { ok: false, message: onlineCodeOfflineRefusal() };
  const row = await newSaleRow(
    { amount, code: scanned.code, provider: scanned.provider, mode: 'online' },
    worker.context,
  );
  await insertSale(row);
  return { ok: true, outTradeNo: row.outTradeNo };
}

async function startOffline(
  scanned: Extract<ScannedCode, { kind: 'offline' }>,
  amount: Minor,
  worker: SaleWorker,
): Promise<SaleStart> {
  const { offline } = scanned;
  const capturedAt = worker.context.now();
  const [keys, limits, exposure, alreadyAccepted] = await Promise.all([
    cachedWalletKeys(),
    loadOfflineLimits(),
    offlineExposure(),
    hasSaleWithOfflineCode(offline.payload.cid),
  ]);
  const judgement = await judgeOfflineCapture({
    offline,
    amount,
    capturedAt,
    clockOffsetMs: worker.context.clockOffsetMs?.() ?? 0,
    clockUncertaintyMs: worker.context.clockUncertaintyMs?.() ?? 0,
    keys,
    limits,
    exposure,
    alreadyAccepted,
  });
  if (!judgement.ok) return { ok: false, message: judgement.message };
  const row = await newSaleRow(
    {
      amount,
      code: scanned.code,
      provider: scanned.provider,
      mode: 'offline',
      offlineCodeId: offline.payload.cid,
      capturedNotBefore: judgement.walletCapturedAt,
    },
    worker.context,
  );
  // Checked again where it is written, so that two tabs cannot both pass the limits.
  const refusal = await insertOfflineSale(
    { ...row, offlineCodeId: offline.payload.cid },
    (now, used) => {
      if (used) return t('offline.alreadyAccepted');
      const check = checkOfflineLimits(amount, now, limits, capturedAt);
      return check.ok ? null : check.message;
    },
  );
  if (refusal !== null) return { ok: false, message: refusal };
  announceOutboxWork();
  worker.wake();
  return { ok: true, outTradeNo: row.outTradeNo };
}
