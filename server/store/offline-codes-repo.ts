import type { Provider } from '../../protocol/payment-code.ts';
import type { Sql } from './sql/sql.ts';

export type OfflineCodeRecord = {
  cid: string;
  walletId: string;
  provider: Provider;
  kid: string;
  cap: number;
  issuedAt: number;
  expiresAt: number;
  usedAt: number | null;
  tradeNo: string | null;
};

const OFFLINE_CODE_COLUMNS = `cid, wallet_id AS "walletId", provider, kid, cap,
  issued_at AS "issuedAt", expires_at AS "expiresAt", used_at AS "usedAt", trade_no AS "tradeNo"`;

export function offlineCodesRepo(sql: Sql) {
  return {
    async insert(record: Omit<OfflineCodeRecord, 'usedAt' | 'tradeNo'>): Promise<void> {
      await sql.run(
        `INSERT INTO offline_codes (cid, wallet_id, provider, kid, cap, issued_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          record.cid,
          record.walletId,
          record.provider,
          record.kid,
          record.cap,
          record.issuedAt,
          record.expiresAt,
        ],
      );
    },
    find(cid: string): Promise<OfflineCodeRecord | undefined> {
      return sql.get<OfflineCodeRecord>(
        `SELECT ${OFFLINE_CODE_COLUMNS} FROM offline_codes WHERE cid = ?`,
        [cid],
      );
    },
    /** The wallet's offline codes neither used nor expired at `at`, and when the first expires. */
    async outstanding(
      walletId: string,
      at: number,
    ): Promise<{ count: number; firstExpiry: number | null }> {
      const row = await sql.get<{ count: number; firstExpiry: number | null }>(
        `SELECT CAST(count(*) AS BIGINT) AS "count", min(expires_at) AS "firstExpiry"
         FROM offline_codes WHERE wallet_id = ? AND used_at IS NULL AND expires_at > ?`,
        [walletId, at],
      );
      return { count: row?.count ?? 0, firstExpiry: row?.firstExpiry ?? null };
    },
    /** Spends the code's nonce; false when it was already spent. Atomic on both engines. */
    async markUsed(cid: string, tradeNo: string, at: number): Promise<boolean> {
      const changed = await sql.run(
        'UPDATE offline_codes SET used_at = ?, trade_no = ? WHERE cid = ? AND used_at IS NULL',
        [at, tradeNo, cid],
      );
      return changed === 1;
    },
    /** Forgets codes, used or not, that expired before `cutoff`; returns how many. */
    pruneExpiredBefore(cutoff: number): Promise<number> {
      return sql.run('DELETE FROM offline_codes WHERE expires_at < ?', [cutoff]);
    },
  };
}
export type OfflineCodesRepo = ReturnType<typeof offlineCodesRepo>;
