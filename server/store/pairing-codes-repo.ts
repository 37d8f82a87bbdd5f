import type { Sql } from './sql/sql.ts';

export type PairingCodeRecord = {
  code: string;
  merchantId: string;
  expiresAt: number;
  usedAt: number | null;
};

export function pairingCodesRepo(sql: Sql) {
  return {
    /** Returns false when the code already exists, so the caller can draw another. */
    async insert(
      code: string,
      merchantId: string,
      expiresAt: number,
      at: number,
    ): Promise<boolean> {
      const changed = await sql.run(
        `INSERT INTO pairing_codes (code, merchant_id, expires_at, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
        [code, merchantId, expiresAt, at],
      );
      return changed === 1;
    },
    find(code: string): Promise<PairingCodeRecord | undefined> {
      return sql.get<PairingCodeRecord>(
        `SELECT code, merchant_id AS "merchantId", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM pairing_codes WHERE code = ?`,
        [code],
      );
    },
    async markUsed(code: string, terminalId: string, at: number): Promise<boolean> {
      const changed = await sql.run(
        'UPDATE pairing_codes SET used_at = ?, terminal_id = ? WHERE code = ? AND used_at IS NULL',
        [at, terminalId, code],
      );
      return changed === 1;
    },
    /** Forgets codes used, or expired, before `cutoff`; returns how many. */
    pruneSettledBefore(cutoff: number): Promise<number> {
      return sql.run(
        'DELETE FROM pairing_codes WHERE (used_at IS NOT NULL AND used_at < ?) OR expires_at < ?',
        [cutoff, cutoff],
      );
    },
  };
}
export type PairingCodesRepo = ReturnType<typeof pairingCodesRepo>;
