import type { Minor } from '../../../protocol/money.ts';
import type { Provider } from '../../../protocol/payment-code.ts';
import { saleCodeHash } from '../db/code-hash-key.ts';
import type { SaleRow } from '../db/database.ts';
import { withLease } from './lease.ts';
import type { OutboxContext } from './outbox-clock.ts';
import { newOutTradeNo } from './out-trade-no.ts';

export type SaleIntent = {
  amount: Minor;
  code: string;
  provider: Provider;
  mode: 'online' | 'offline';
  offlineCodeId?: string;
  /**
   * Wallet time the sale's capturedAt may not precede: the time an offline code was judged
   * captured at (accept-offline-code.ts), which the wallet judges the code on again.
   */
  capturedNotBefore?: number;
};

/**
 * The journal row for a sale about to be made: its outTradeNo is made here, on the device,
 * before any network call. An online sale starts `created` and leased to this page, which sends
 * it at once; an offline one starts `accepted-offline`, for the replayer to forward.
 */
export async function newSaleRow(intent: SaleIntent, context: OutboxContext): Promise<SaleRow> {
  const now = context.now();
  const at = new Date(now).toISOString();
  const clockOffsetMs = context.clockOffsetMs?.() ?? 0;
  const state = intent.mode === 'online' ? 'created' : 'accepted-offline';
  const row: SaleRow = {
    outTradeNo: newOutTradeNo(new Date(now)),
    amount: intent.amount,
    currency: 'CNY',
    provider: intent.provider,
    mode: intent.mode,
    authCode: intent.code,
    authCodeHash: await saleCodeHash(intent.code),
    ...(intent.offlineCodeId === undefined ? {} : { offlineCodeId: intent.offlineCodeId }),
    capturedAt: new Date(
      Math.max(now + clockOffsetMs, intent.capturedNotBefore ?? -Infinity),
    ).toISOString(),
    deviceCapturedAt: at,
    clockOffsetMs,
    state,
    history: [{ state, at }],
    pending: 1,
    attempts: 0,
    nextAttemptAt: now,
    createdAt: at,
    updatedAt: at,
  };
  return intent.mode === 'online' ? withLease(row, context.owner, now) : row;
}
