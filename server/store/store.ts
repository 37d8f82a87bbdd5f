import { ledgerRepo } from './ledger-repo.ts';
import { merchantsRepo } from './merchants-repo.ts';
import { migrate } from './migrations.ts';
import { noncesRepo } from './nonces-repo.ts';
import { offlineCodesRepo } from './offline-codes-repo.ts';
import { pairingCodesRepo } from './pairing-codes-repo.ts';
import { paymentsRepo } from './payments-repo.ts';
import { refundsRepo } from './refunds-repo.ts';
import { settingsRepo } from './settings-repo.ts';
import { signingKeysRepo } from './signing-keys-repo.ts';
import { openPostgres, type PostgresOptions } from './sql/postgres.ts';
import type { Engine, Sql, SqlDatabase } from './sql/sql.ts';
import { MEMORY_DB, openSqlite } from './sql/sqlite.ts';
import { unhashedCodesRepo } from './unhashed-codes-repo.ts';
import { walletPairingCodesRepo } from './wallet-pairing-codes-repo.ts';
import { walletTokensRepo } from './wallet-tokens-repo.ts';
import { walletsRepo } from './wallets-repo.ts';

export { MEMORY_DB } from './sql/sqlite.ts';

function reposOver(sql: Sql, engine: Engine) {
  return {
    settings: settingsRepo(sql),
    merchants: merchantsRepo(sql),
    pairingCodes: pairingCodesRepo(sql),
    wallets: walletsRepo(sql),
    payments: paymentsRepo(sql),
    refunds: refundsRepo(sql),
    ledger: ledgerRepo(sql),
    nonces: noncesRepo(sql),
    signingKeys: signingKeysRepo(sql),
    offlineCodes: offlineCodesRepo(sql),
    unhashedCodes: unhashedCodesRepo(sql, engine),
    walletTokens: walletTokensRepo(sql),
    walletPairingCodes: walletPairingCodesRepo(sql),
  };
}

/** The repositories, bound to one transaction. */
export type Repos = ReturnType<typeof reposOver>;

/** The wallet's persistent state. The rest of the server sees only this. */
export type Store = {
  readonly engine: Engine;
  /**
   * Runs `fn` in one transaction: every write it makes commits durably before the promise
   * resolves, or none does if it throws. Reads go through here too, so they only ever see
   * committed data. `fn` must await nothing but the repositories.
   */
  transaction<T>(fn: (repos: Repos) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type StoreLocation =
  { engine: 'sqlite'; file: string } | ({ engine: 'postgres'; url: string } & PostgresOptions);

/** Opens the database (SQLite by default, PostgreSQL for a DATABASE_URL) and migrates it. */
export async function openStore(location: StoreLocation): Promise<Store> {
  const db: SqlDatabase =
    location.engine === 'sqlite' ? openSqlite(location.file) : openPostgres(location.url, location);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    engine: db.engine,
    transaction: (fn) => db.transaction((sql) => fn(reposOver(sql, db.engine))),
    close: () => db.close(),
  };
}

export function memoryStoreLocation(): StoreLocation {
  return { engine: 'sqlite', file: MEMORY_DB };
}
