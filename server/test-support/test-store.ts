import { randomBytes } from 'node:crypto';
import { afterEach } from 'vitest';
import { MEMORY_DB, openStore, type Store } from '../store/store.ts';
import { withClient } from './scratch-database.ts';

/** Set TEST_DATABASE_URL to run the server tests against PostgreSQL instead of SQLite. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

const open = new Set<() => Promise<void>>();

afterEach(async () => {
  const closers = [...open];
  open.clear();
  await Promise.all(closers.map((close) => close()));
});

/**
 * A store for one test, closed after it. A file given explicitly is SQLite (restart tests);
 * otherwise PostgreSQL when TEST_DATABASE_URL is set (a fresh schema, dropped afterwards), or
 * an SQLite memory database.
 */
export async function openTestStore(file?: string): Promise<Store> {
  if (file === undefined && TEST_DATABASE_URL !== undefined) {
    return openPostgresTestStore(TEST_DATABASE_URL);
  }
  const store = await openStore({ engine: 'sqlite', file: file ?? MEMORY_DB });
  return tracked(store, () => Promise.resolve());
}

async function openPostgresTestStore(url: string): Promise<Store> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ engine: 'postgres', url, schema, maxConnections: 4 });
  return tracked(store, async () => {
    await withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  });
}

/** Closing twice is harmless, so a test may close its store itself (to reopen the file). */
function tracked(store: Store, cleanUp: () => Promise<void>): Store {
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= store.close().then(cleanUp));
  open.add(close);
  return { ...store, close };
}
