import type { Provider } from '../../protocol/payment-code.ts';
import type { Engine, Sql } from './sql/sql.ts';

/** A payment code from before codes were hashed: its text in full. */
export type UnhashedCodeRecord = {
  code: string;
  walletId: string;
  provider: Provider;
  issuedAt: number;
  expiresAt: number;
  usedAt: number | null;
};

/**
 * `payment_codes_unhashed`: the codes a database made before schema version 2 kept in full. The
 * server empties it into `payment_codes` at start and drops it (server/code-hash/).
 */
export function unhashedCodesRepo(sql: Sql, engine: Engine) {
  return {
    async exists(): Promise<boolean> {
      const found = await sql.get(
        engine === 'sqlite'
          ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payment_codes_unhashed'"
          : "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'payment_codes_unhashed'",
      );
      return found !== undefined;
    },
    list(): Promise<UnhashedCodeRecord[]> {
      return sql.all<UnhashedCodeRecord>(
        `SELECT code, wallet_id AS "walletId", provider, issued_at AS "issuedAt",
                expires_at AS "expiresAt", used_at AS "usedAt"
         FROM payment_codes_unhashed`,
      );
    },
    async drop(): Promise<void> {
      await sql.run('DROP TABLE payment_codes_unhashed');
    },
  };
}
export type UnhashedCodesRepo = ReturnType<typeof unhashedCodesRepo>;
