import { openDatabase } from './database.ts';
import { merchantsRepo } from './merchants-repo.ts';
import { noncesRepo } from './nonces-repo.ts';
import { pairingCodesRepo } from './pairing-codes-repo.ts';
import { paymentsRepo } from './payments-repo.ts';
import { settingsRepo } from './settings-repo.ts';
import { walletsRepo } from './wallets-repo.ts';

export { MEMORY_DB } from './database.ts';

/** The wallet's persistent state. The rest of the server sees only these repositories. */
export type Store = ReturnType<typeof openStore>;

export function openStore(file: string) {
  const db = openDatabase(file);
  return {
    settings: settingsRepo(db),
    merchants: merchantsRepo(db),
    pairingCodes: pairingCodesRepo(db),
    wallets: walletsRepo(db),
    payments: paymentsRepo(db),
    nonces: noncesRepo(db),
    /**
     * Runs `fn` in one write transaction (BEGIN IMMEDIATE). better-sqlite3 is synchronous, so
     * no other request can interleave with it in this process; `fn` must not be async.
     */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn).immediate();
    },
    close(): void {
      db.close();
    },
  };
}
