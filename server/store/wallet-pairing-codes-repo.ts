import type { Sql } from './sql/sql.ts';

export type WalletPairingCodeRecord = {
  code: string;
  /** null: a demo code, good for all the demo wallets. */
  walletId: string | null;
  expiresAt: number;
  usedAt: number | null;
};

export function walletPairingCodesRepo(sql: Sql) {
  return {
    /** Returns false when the code already exists, so the caller can draw another. */
    async insert(
      code: string,
      walletId: string | null,
      expiresAt: number,
      at: number,
    ): Promise<boolean> {
      const changed = await sql.run(
        `INSERT INTO wallet_pairing_codes (code, wallet_id, expires_at, created_at)
         VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [code, walletId, expiresAt, at],
      );
      return changed === 1;
    },
    find(code: string): Promise<WalletPairingCodeRecord | undefined> {
      return sql.get<WalletPairingCodeRecord>(
        `SELECT code, wallet_id AS "walletId", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM wallet_pairing_codes WHERE code = ?`,
        [code],
      );
    },
    /** Conditional, so two concurrent redemptions of one code cannot both succeed. */
    async markUsed(code: string, at: number): Promise<boolean> {
      const changed = await sql.run(
        'UPDATE wallet_pairing_codes SET used_at = ? WHERE code = ? AND used_at IS NULL',
        [at, code],
      );
      return changed === 1;
    },
    /** Forgets codes used or expired before `cutoff`; returns how many. */
    pruneSettledBefore(cutoff: number): Promise<number> {
      return sql.run('DELETE FROM wallet_pairing_codes WHERE expires_at < ? OR used_at < ?', [
        cutoff,
        cutoff,
      ]);
    },
  };
}
export type WalletPairingCodesRepo = ReturnType<typeof walletPairingCodesRepo>;
