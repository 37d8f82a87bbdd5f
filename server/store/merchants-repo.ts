import type { Sql } from './sql/sql.ts';

export type Merchant = { id: string; name: string };
export type Terminal = { id: string; merchantId: string; name: string; secret: string };

export function merchantsRepo(sql: Sql) {
  return {
    async insertMerchant(merchant: Merchant, isDefault: boolean, at: number): Promise<void> {
      await sql.run(
        'INSERT INTO merchants (id, name, is_default, created_at) VALUES (?, ?, ?, ?)',
        [merchant.id, merchant.name, isDefault ? 1 : 0, at],
      );
    },
    findDefault(): Promise<Merchant | undefined> {
      return sql.get<Merchant>('SELECT id, name FROM merchants WHERE is_default = 1');
    },
    findMerchant(id: string): Promise<Merchant | undefined> {
      return sql.get<Merchant>('SELECT id, name FROM merchants WHERE id = ?', [id]);
    },
    async insertTerminal(terminal: Terminal, at: number): Promise<void> {
      await sql.run(
        'INSERT INTO terminals (id, merchant_id, name, secret, created_at) VALUES (?, ?, ?, ?, ?)',
        [terminal.id, terminal.merchantId, terminal.name, terminal.secret, at],
      );
    },
    findTerminal(id: string): Promise<Terminal | undefined> {
      return sql.get<Terminal>(
        'SELECT id, merchant_id AS "merchantId", name, secret FROM terminals WHERE id = ?',
        [id],
      );
    },
  };
}
export type MerchantsRepo = ReturnType<typeof merchantsRepo>;
