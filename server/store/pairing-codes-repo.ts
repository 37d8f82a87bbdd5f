import type { Db } from './database.ts';

export type PairingCodeRecord = {
  code: string;
  merchantId: string;
  expiresAt: number;
  usedAt: number | null;
};

export function pairingCodesRepo(db: Db) {
  const insert = db.prepare<{ code: string; merchantId: string; expiresAt: number; at: number }>(
    `INSERT OR IGNORE INTO pairing_codes (code, merchant_id, expires_at, created_at)
     VALUES (@code, @merchantId, @expiresAt, @at)`,
  );
  const select = db.prepare<[string], PairingCodeRecord>(
    `SELECT code, merchant_id AS merchantId, expires_at AS expiresAt, used_at AS usedAt
     FROM pairing_codes WHERE code = ?`,
  );
  const markUsed = db.prepare<{ code: string; terminalId: string; at: number }>(
    `UPDATE pairing_codes SET used_at = @at, terminal_id = @terminalId
     WHERE code = @code AND used_at IS NULL`,
  );

  return {
    /** Returns false when the code already exists, so the caller can draw another. */
    insert(code: string, merchantId: string, expiresAt: number, at: number): boolean {
      return insert.run({ code, merchantId, expiresAt, at }).changes === 1;
    },
    find(code: string): PairingCodeRecord | undefined {
      return select.get(code);
    },
    markUsed(code: string, terminalId: string, at: number): boolean {
      return markUsed.run({ code, terminalId, at }).changes === 1;
    },
  };
}
export type PairingCodesRepo = ReturnType<typeof pairingCodesRepo>;
