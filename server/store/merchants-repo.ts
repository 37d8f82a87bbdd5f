import type { Db } from './database.ts';

export type Merchant = { id: string; name: string };
export type Terminal = { id: string; merchantId: string; name: string; secret: string };

export function merchantsRepo(db: Db) {
  const insertMerchant = db.prepare<{ id: string; name: string; isDefault: number; at: number }>(
    'INSERT INTO merchants (id, name, is_default, created_at) VALUES (@id, @name, @isDefault, @at)',
  );
  const selectDefault = db.prepare<[], Merchant>(
    'SELECT id, name FROM merchants WHERE is_default = 1',
  );
  const selectMerchant = db.prepare<[string], Merchant>(
    'SELECT id, name FROM merchants WHERE id = ?',
  );
  const insertTerminal = db.prepare<Terminal & { at: number }>(
    `INSERT INTO terminals (id, merchant_id, name, secret, created_at)
     VALUES (@id, @merchantId, @name, @secret, @at)`,
  );
  const selectTerminal = db.prepare<[string], Terminal>(
    'SELECT id, merchant_id AS merchantId, name, secret FROM terminals WHERE id = ?',
  );

  return {
    insertMerchant(merchant: Merchant, isDefault: boolean, at: number): void {
      insertMerchant.run({ ...merchant, isDefault: isDefault ? 1 : 0, at });
    },
    findDefault(): Merchant | undefined {
      return selectDefault.get();
    },
    findMerchant(id: string): Merchant | undefined {
      return selectMerchant.get(id);
    },
    insertTerminal(terminal: Terminal, at: number): void {
      insertTerminal.run({ ...terminal, at });
    },
    findTerminal(id: string): Terminal | undefined {
      return selectTerminal.get(id);
    },
  };
}
export type MerchantsRepo = ReturnType<typeof merchantsRepo>;
