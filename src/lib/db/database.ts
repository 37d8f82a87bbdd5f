import { Dexie, type EntityTable } from 'dexie';
import type { Currency, Minor } from '../../../protocol/money.ts';
import type { JwkSet } from '../../../protocol/offline-code.ts';
import type { Provider } from '../../../protocol/payment-code.ts';
import { isKeyedCodeHash, type CodeHashKey } from '../crypto/code-hash.ts';
import type { TerminalKey } from '../crypto/terminal-key.ts';
import type { PaymentState } from '../payment-machine/payment-machine.ts';
import type { RefundState } from '../payment-machine/refund-machine.ts';

/** The paired terminal. Its HMAC key is stored as is (a CryptoKey, or raw bytes: TerminalKey). */
export type TerminalSessionRow = {
  id: 'terminal';
  terminalId: string;
  merchantId: string;
  key: TerminalKey;
  pairedAt: string;
};

export type StateChange<S extends string> = { state: S; at: string; note?: string };

/** Why the wallet declined, or the code of the problem+json error it refused the request with. */
export type Failure = { code: string; message: string };

/** What the outbox keeps on every row it has to drive to a final state. */
export type OutboxFields = {
  /** 1 while the outbox has work for the row, 0 once it is final (IndexedDB cannot index booleans). */
  pending: 0 | 1;
  /** Failed attempts in a row, for the backoff; reset by every answer. */
  attempts: number;
  /** Unix ms before which the replayer leaves the row alone. */
  nextAttemptAt: number;
  /** The page working on the row right now, until `leaseUntil` (unix ms). */
  leaseOwner?: string;
  leaseUntil?: number;
  lastError?: string;
};

/**
 * A sale in the journal. It is written before the first network call (write-ahead), so a crash
 * mid-payment leaves a row whose outcome can still be found by its outTradeNo.
 */
export type SaleRow = OutboxFields & {
  outTradeNo: string;
  amount: Minor;
  currency: Currency;
  provider: Provider;
  mode: 'online' | 'offline';
  /** The full code while the sale is pending; masked once it is final. */
  authCode: string;
  /**
   * The code's HMAC under the device's secret (`h1.…`, src/lib/crypto/code-hash.ts). Rows from
   * before keeping may hold a bare SHA-256 while pending, and '' once final (see version 3).
   */
  authCodeHash: string;
  /** An offline code's nonce (`cid`): the terminal accepts each offline code once. */
  offlineCodeId?: string;
  /**
   * When the code was taken, as the wallet's clock would have read it: the device's own time
   * (`deviceCapturedAt`) plus the clock offset that applied then (`clockOffsetMs`). This is what
   * a forwarded offline sale sends as `capturedAt`.
   */
  capturedAt: string;
  /** The device's own clock at capture; absent on rows written before it was kept. */
  deviceCapturedAt?: string;
  /** Wallet time minus device time, in ms, as the terminal knew it at capture. */
  clockOffsetMs?: number;
  state: PaymentState;
  history: StateChange<PaymentState>[];
  failure?: Failure;
  tradeNo?: string;
  fee?: Minor;
  refundedAmount?: Minor;
  paidAt?: string;
  /** The wallet's time a cancel closed the payment (the CANCEL line's `at` if money went back). */
  closedAt?: string;
  /** When the cashier marked a sale declined after forwarding as followed up with the customer. */
  followedUpAt?: string;
  createdAt: string;
  updatedAt: string;
};

export type RefundRow = OutboxFields & {
  outRefundNo: string;
  outTradeNo: string;
  amount: Minor;
  reason?: string;
  state: RefundState;
  history: StateChange<RefundState>[];
  failure?: Failure;
  /** The part of the sale's fee the wallet gave back, once refunded. */
  fee?: Minor;
  /** The wallet's time of the refund (its REFUND line's `at`), once answered. */
  refundedAt?: string;
  createdAt: string;
  updatedAt: string;
};

/** The wallet's offline-code verification keys (`GET /keys`), cached for offline use. */
export type KeyringRow = { id: 'wallet-keys'; jwks: JwkSet; fetchedAt: string };

/** The device's secret for hashing payment codes: a non-extractable key where it can be. */
export type DeviceSecretRow = { id: 'code-hash'; key: CodeHashKey; createdAt: string };

/** The terminal's offline limits, in minor units and milliseconds. */
export type OfflineLimitsRow = {
  id: 'offline-limits';
  perSale: Minor;
  totalPending: Minor;
  oldestPendingMs: number;
};

type LegacySaleRow = {
  outTradeNo: string;
  authCode: string;
  state: 'sending' | 'unknown' | 'final';
  status?: 'SUCCESS' | 'USERPAYING' | 'FAILED' | 'CLOSED';
  failure?: Failure;
  rejection?: { code: string; detail: string };
  createdAt: string;
  updatedAt: string;
};

export type Durability = 'default' | 'strict';

export class SaomaDatabase extends Dexie {
  session!: EntityTable<TerminalSessionRow, 'id'>;
  sales!: EntityTable<SaleRow, 'outTradeNo'>;
  refunds!: EntityTable<RefundRow, 'outRefundNo'>;
  keyring!: EntityTable<KeyringRow, 'id'>;
  settings!: EntityTable<OfflineLimitsRow, 'id'>;
  deviceSecrets!: EntityTable<DeviceSecretRow, 'id'>;

  constructor(name = 'saoma', durability: Durability = 'default') {
    super(name, { chromeTransactionDurability: durability });
    this.version(1).stores({
      session: 'id',
      sales: 'outTradeNo, state, createdAt',
    });
    this.version(2)
      .stores({
        sales: 'outTradeNo, state, createdAt, [pending+nextAttemptAt], offlineCodeId, authCodeHash',
        refunds: 'outRefundNo, outTradeNo, state, createdAt, [pending+nextAttemptAt]',
        keyring: 'id',
        settings: 'id',
      })
      .upgrade((tx) =>
        tx
          .table<LegacySaleRow & Partial<SaleRow>, string>('sales')
          .toCollection()
          .modify((row) => {
            Object.assign(row, upgradeSale(row));
          }),
      );
    // Hashes were a bare SHA-256 until now. A final row's code is masked, and its 12 hidden
    // digits could be found from that hash by trying them all; re-keying needs the code, which
    // is gone, so the hash goes. A pending row still holds its full code: its bare hash tells
    // nothing more, and it goes when the sale becomes final (dropUnkeyedHash).
    this.version(3)
      .stores({ deviceSecrets: 'id' })
      .upgrade((tx) =>
        tx
          .table<SaleRow, string>('sales')
          .toCollection()
          .modify((row) => {
            if (row.pending === 0) Object.assign(row, dropUnkeyedHash(row));
          }),
      );
  }
}

/** A final sale keeps no hash of its code that is not keyed. */
export function dropUnkeyedHash(row: SaleRow): Pick<SaleRow, 'authCodeHash'> {
  return { authCodeHash: isKeyedCodeHash(row.authCodeHash) ? row.authCodeHash : '' };
}

/** Journal rows from version 1 (the walking skeleton) in the machine's terms. */
function upgradeSale(row: LegacySaleRow): Partial<SaleRow> {
  const state = legacyState(row);
  const pending = state === 'unknown' ? 1 : 0;
  return {
    state,
    mode: 'online',
    capturedAt: row.createdAt,
    history: [{ state, at: row.updatedAt, note: 'carried over from version 1' }],
    failure:
      row.failure ?? (row.rejection && { code: row.rejection.code, message: row.rejection.detail }),
    pending,
    attempts: 0,
    nextAttemptAt: 0,
  };
}

function legacyState(row: LegacySaleRow): PaymentState {
  if (row.state !== 'final') return 'unknown';
  if (row.rejection) return 'declined';
  if (row.status === 'SUCCESS') return 'paid';
  if (row.status === 'CLOSED') return 'cancelled';
  return 'declined';
}

export const db = new SaomaDatabase();

/** The same database, for the writes that must survive a crash: IndexedDB flushes them to disk. */
export const strictDb = new SaomaDatabase('saoma', 'strict');
