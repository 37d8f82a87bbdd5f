import type { Provider } from '../../protocol/payment-code.ts';
import type { Db } from './database.ts';

export type Wallet = { id: string; name: string; token: string; balance: number };
export type IssuedCodeRecord = {
  code: string;
  walletId: string;
  provider: Provider;
  issuedAt: number;
  expiresAt: number;
  usedAt: number | null;
};

const WALLET_COLUMNS = 'id, name, token, balance';

export function walletsRepo(db: Db) {
  const insertWallet = db.prepare<Wallet & { isDemo: number; at: number }>(
    `INSERT INTO wallets (id, name, token, balance, is_demo, created_at)
     VALUES (@id, @name, @token, @balance, @isDemo, @at)`,
  );
  const selectWallet = db.prepare<[string], Wallet>(
    `SELECT ${WALLET_COLUMNS} FROM wallets WHERE id = ?`,
  );
  const selectByToken = db.prepare<[string], Wallet>(
    `SELECT ${WALLET_COLUMNS} FROM wallets WHERE token = ?`,
  );
  const selectDemo = db.prepare<[], Wallet>(
    `SELECT ${WALLET_COLUMNS} FROM wallets WHERE is_demo = 1 ORDER BY created_at, rowid`,
  );
  const debit = db.prepare<{ id: string; amount: number }>(
    'UPDATE wallets SET balance = balance - @amount WHERE id = @id AND balance >= @amount',
  );
  const insertCode = db.prepare<Omit<IssuedCodeRecord, 'usedAt'>>(
    `INSERT OR IGNORE INTO payment_codes (code, wallet_id, provider, issued_at, expires_at)
     VALUES (@code, @walletId, @provider, @issuedAt, @expiresAt)`,
  );
  const selectCode = db.prepare<[string], IssuedCodeRecord>(
    `SELECT code, wallet_id AS walletId, provider, issued_at AS issuedAt,
            expires_at AS expiresAt, used_at AS usedAt
     FROM payment_codes WHERE code = ?`,
  );
  const markCodeUsed = db.prepare<{ code: string; at: number }>(
    'UPDATE payment_codes SET used_at = @at WHERE code = @code AND used_at IS NULL',
  );

  return {
    insert(wallet: Wallet, isDemo: boolean, at: number): void {
      insertWallet.run({ ...wallet, isDemo: isDemo ? 1 : 0, at });
    },
    find(id: string): Wallet | undefined {
      return selectWallet.get(id);
    },
    findByToken(token: string): Wallet | undefined {
      return selectByToken.get(token);
    },
    listDemo(): Wallet[] {
      return selectDemo.all();
    },
    /** Takes `amount` from the wallet; false (and no change) when the balance is too low. */
    debit(id: string, amount: number): boolean {
      return debit.run({ id, amount }).changes === 1;
    },
    /** Returns false when the code already exists, so the caller can draw another. */
    insertCode(record: Omit<IssuedCodeRecord, 'usedAt'>): boolean {
      return insertCode.run(record).changes === 1;
    },
    findCode(code: string): IssuedCodeRecord | undefined {
      return selectCode.get(code);
    },
    markCodeUsed(code: string, at: number): void {
      markCodeUsed.run({ code, at });
    },
  };
}
export type WalletsRepo = ReturnType<typeof walletsRepo>;
