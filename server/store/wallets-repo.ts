import type { Provider } from '../../protocol/payment-code.ts';
import type { Sql } from './sql/sql.ts';

export type Wallet = {
  id: string;
  name: string;
  balance: number;
  /** The most one payment may take from this wallet (LIMIT_EXCEEDED above it). */
  paymentLimit: number;
};
/** An issued online code as the wallet keeps it: never its text (server/code-hash/). */
export type IssuedCodeRecord = {
  /** HMAC-SHA256 of the code under the server's secret. */
  codeHash: string;
  /** The first 2 and last 4 digits. */
  codeMask: string;
  walletId: string;
  provider: Provider;
  issuedAt: number;
  expiresAt: number;
  usedAt: number | null;
};

const WALLET_COLUMNS = 'id, name, balance, payment_limit AS "paymentLimit"';

export function walletsRepo(sql: Sql) {
  return {
    /** `demoPosition` orders the seeded demo wallets; null for every other wallet. */
    async insert(wallet: Wallet, demoPosition: number | null, at: number): Promise<void> {
      await sql.run(
        `INSERT INTO wallets (id, name, balance, payment_limit, demo_position, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
        [wallet.id, wallet.name, wallet.balance, wallet.paymentLimit, demoPosition, at],
      );
    },
    find(id: string): Promise<Wallet | undefined> {
      return sql.get<Wallet>(`SELECT ${WALLET_COLUMNS} FROM wallets WHERE id = ?`, [id]);
    },
    /** The wallet a token hash belongs to (server/auth/token-hash.ts). */
    findByTokenHash(tokenHash: string): Promise<Wallet | undefined> {
      return sql.get<Wallet>(
        `SELECT w.id, w.name, w.balance, w.payment_limit AS "paymentLimit"
         FROM wallet_tokens t JOIN wallets w ON w.id = t.wallet_id WHERE t.token_hash = ?`,
        [tokenHash],
      );
    },
    listDemo(): Promise<Wallet[]> {
      return sql.all<Wallet>(
        `SELECT ${WALLET_COLUMNS} FROM wallets WHERE demo_position IS NOT NULL ORDER BY demo_position`,
      );
    },
    /** Takes `amount` from the wallet; false (and no change) when the balance is too low. */
    async debit(id: string, amount: number): Promise<boolean> {
      const changed = await sql.run(
        'UPDATE wallets SET balance = balance - ? WHERE id = ? AND balance >= ?',
        [amount, id, amount],
      );
      return changed === 1;
    },
    async credit(id: string, amount: number): Promise<void> {
      const changed = await sql.run('UPDATE wallets SET balance = balance + ? WHERE id = ?', [
        amount,
        id,
      ]);
      if (changed !== 1) throw new Error(`Cannot credit unknown wallet ${id}`);
    },
    /** The sum of every balance, for the money-conservation checks. */
    async totalBalance(): Promise<number> {
      const row = await sql.get<{ total: number }>(
        'SELECT CAST(coalesce(sum(balance), 0) AS BIGINT) AS "total" FROM wallets',
      );
      return row?.total ?? 0;
    },
    /**
     * Locks the wallet's row until the transaction ends (a no-op update, so on SQLite too), so
     * that two issuers of codes for one wallet count its outstanding codes one after the other.
     */
    async lockForIssuing(id: string): Promise<void> {
      await sql.run('UPDATE wallets SET balance = balance WHERE id = ?', [id]);
    },
    /** The wallet's online codes neither used nor expired at `at`, and when the first expires. */
    async outstandingCodes(
      walletId: string,
      at: number,
    ): Promise<{ count: number; firstExpiry: number | null }> {
      const row = await sql.get<{ count: number; firstExpiry: number | null }>(
        `SELECT CAST(count(*) AS BIGINT) AS "count", min(expires_at) AS "firstExpiry"
         FROM payment_codes WHERE wallet_id = ? AND used_at IS NULL AND expires_at > ?`,
        [walletId, at],
      );
      return { count: row?.count ?? 0, firstExpiry: row?.firstExpiry ?? null };
    },
    /** Returns false when the code already exists, so the caller can draw another. */
    async insertCode(record: Omit<IssuedCodeRecord, 'usedAt'>): Promise<boolean> {
      const changed = await sql.run(
        `INSERT INTO payment_codes (code_hash, code_mask, wallet_id, provider, issued_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [
          record.codeHash,
          record.codeMask,
          record.walletId,
          record.provider,
          record.issuedAt,
          record.expiresAt,
        ],
      );
      return changed === 1;
    },
    findCode(codeHash: string): Promise<IssuedCodeRecord | undefined> {
      return sql.get<IssuedCodeRecord>(
        `SELECT code_hash AS "codeHash", code_mask AS "codeMask", wallet_id AS "walletId",
                provider, issued_at AS "issuedAt", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM payment_codes WHERE code_hash = ?`,
        [codeHash],
      );
    },
    /**
     * Marks the code used; false when it already was. Atomic on both engines, so two requests
     * racing with one code cannot both see it fresh.
     */
    async markCodeUsed(codeHash: string, at: number): Promise<boolean> {
      const changed = await sql.run(
        'UPDATE payment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL',
        [at, codeHash],
      );
      return changed === 1;
    },
    /** Forgets codes, used or not, that expired before `cutoff`; returns how many. */
    pruneCodesExpiredBefore(cutoff: number): Promise<number> {
      return sql.run('DELETE FROM payment_codes WHERE expires_at < ?', [cutoff]);
    },
  };
}
export type WalletsRepo = ReturnType<typeof walletsRepo>;
