import type { Sql } from './sql/sql.ts';

/** A wallet's bearer tokens, one per device, kept only as hashes (server/auth/token-hash.ts). */
export function walletTokensRepo(sql: Sql) {
  return {
    async insert(tokenHash: string, walletId: string, at: number): Promise<void> {
      await sql.run(
        'INSERT INTO wallet_tokens (token_hash, wallet_id, created_at) VALUES (?, ?, ?)',
        [tokenHash, walletId, at],
      );
    },
    async findWalletId(tokenHash: string): Promise<string | undefined> {
      const row = await sql.get<{ walletId: string }>(
        'SELECT wallet_id AS "walletId" FROM wallet_tokens WHERE token_hash = ?',
        [tokenHash],
      );
      return row?.walletId;
    },
    async countForWallet(walletId: string): Promise<number> {
      const row = await sql.get<{ count: number }>(
        'SELECT CAST(count(*) AS BIGINT) AS "count" FROM wallet_tokens WHERE wallet_id = ?',
        [walletId],
      );
      return row?.count ?? 0;
    },
  };
}
export type WalletTokensRepo = ReturnType<typeof walletTokensRepo>;
