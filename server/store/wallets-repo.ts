import type { Provider } from '../../protocol/payment-code.ts';
import type { Sql } from './sql/sql.ts';

export type Wallet = {
  id: string;
  name: string;
  token: string;
  balance: number;
  /** The most one payment may take from this wallet (LIMIT_EXCEEDED above it). */
  paymentLimit: number;
};
export type IssuedCodeRecord = {
  code: string;
  walletId: string;
  provider: Provider;
  issuedAt: number;
  expiresAt: number;
  usedAt: number | null;
};

const WALLET_COLUMNS = 'id, name, token, balance, payment_limit AS "paymentLimit"';

export function walletsRepo(sql: Sql) {
  return {
    /** `demoPosition` orders the seeded demo wallets; null for every other wallet. */
    async insert(wallet: Wallet, demoPosition: number | null, at: number): Promise<void> {
      await sql.run(
        `INSERT INTO wallets (id, name, token, balance, payment_limit, demo_position, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          wallet.id,
          wallet.name,
          wallet.token,
          wallet.balance,
          wallet.paymentLimit,
          demoPosition,
          at,
        ],
      );
    },
    find(id: string): Promise<Wallet | undefined> {
      return sql.get<Wallet>(`SELECT ${WALLET_COLUMNS} FROM wallets WHERE id = ?`, [id]);
    },
    findByToken(token: string): Promise<Wallet | undefined> {
      return sql.get<Wallet>(`SELECT ${WALLET_COLUMNS} FROM wallets WHERE token = ?`, [token]);
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
    /** Returns false when the code already exists, so the caller can draw another. */
    async insertCode(record: Omit<IssuedCodeRecord, 'usedAt'>): Promise<boolean> {
      const changed = await sql.run(
        `INSERT INTO payment_codes (code, wallet_id, provider, issued_at, expires_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [record.code, record.walletId, record.provider, record.issuedAt, record.expiresAt],
      );
      return changed === 1;
    },
    findCode(code: string): Promise<IssuedCodeRecord | undefined> {
      return sql.get<IssuedCodeRecord>(
        `SELECT code, wallet_id AS "walletId", provider, issued_at AS "issuedAt",
                expires_at AS "expiresAt", used_at AS "usedAt"
         FROM payment_codes WHERE code = ?`,
        [code],
      );
    },
    /**
     * Marks the code used; false when it already was. Atomic on both engines, so two requests
     * racing with one code cannot both see it fresh.
     */
    async markCodeUsed(code: string, at: number): Promise<boolean> {
      const changed = await sql.run(
        'UPDATE payment_codes SET used_at = ? WHERE code = ? AND used_at IS NULL',
        [at, code],
      );
      return changed === 1;
    },
  };
}
export type WalletsRepo = ReturnType<typeof walletsRepo>;
