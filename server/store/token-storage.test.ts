import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import { PairingCodeSchema } from '../../protocol/terminals.ts';
import { WalletTokensSchema } from '../../protocol/wallet-pairing.ts';
import { WalletCreatedSchema } from '../../protocol/wallets.ts';
import { createApp } from '../app.ts';
import { hashToken } from '../auth/token-hash.ts';
import { bootstrap } from '../bootstrap.ts';
import { makeDeps } from '../deps.ts';
import { connectionFrom } from '../test-support/connection-from.ts';
import { withClient } from '../test-support/scratch-database.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { TEST_DATABASE_URL } from '../test-support/test-store.ts';
import { migrate } from './migrations.ts';
import { openPostgres } from './sql/postgres.ts';
import type { SqlDatabase } from './sql/sql.ts';
import { openSqlite } from './sql/sqlite.ts';
import { openStore, type StoreLocation } from './store.ts';

const now = () => Date.parse('2026-11-21T08:00:00.000Z');
const cleanUps: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

/** A database of the test's own, and a raw connection to read its tables as they are. */
function scratchLocation(): { location: StoreLocation; raw: () => SqlDatabase; file?: string } {
  if (TEST_DATABASE_URL !== undefined) {
    const url = TEST_DATABASE_URL;
    const schema = `test_${randomBytes(6).toString('hex')}`;
    cleanUps.push(() =>
      withClient(url, async (client) => {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      }),
    );
    return {
      location: { engine: 'postgres', url, schema, maxConnections: 4 },
      raw: () => openPostgres(url, { schema, maxConnections: 1 }),
    };
  }
  const file = path.join(tempDir('tokens'), 'wallet.db');
  return { location: { engine: 'sqlite', file }, raw: () => openSqlite(file), file };
}

/** Closed after the test unless the test closed it first. */
function closedAfter<T extends { close: () => Promise<void> }>(db: T): T {
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= db.close());
  cleanUps.push(close);
  return { ...db, close };
}

/** Every row of every table, as text. */
async function everything(db: SqlDatabase): Promise<string> {
  const tables = await db.transaction((sql) =>
    db.engine === 'sqlite'
      ? sql.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      : sql.all<{ name: string }>(
          'SELECT table_name AS "name" FROM information_schema.tables WHERE table_schema = current_schema()',
        ),
  );
  const rows = await db.transaction(async (sql) => {
    const all: Record<string, unknown[]> = {};
    for (const { name } of tables) all[name] = await sql.all(`SELECT * FROM ${name}`);
    return all;
  });
  return JSON.stringify(rows);
}

async function columnsOf(db: SqlDatabase, table: string): Promise<string[]> {
  const rows = await db.transaction((sql) =>
    db.engine === 'sqlite'
      ? sql.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
      : sql.all<{ name: string }>(
          `SELECT column_name AS "name" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '${table}'`,
        ),
  );
  return rows.map(({ name }) => name).sort();
}

describe('tokens at rest', () => {
  it('keeps wallet tokens and the admin token only as SHA-256 hashes', async () => {
    const scratch = scratchLocation();
    const store = closedAfter(await openStore(scratch.location));
    const boot = await bootstrap(store, { demo: true, adminToken: null }, now);
    const adminToken = boot.generatedAdminToken;
    if (adminToken === null) throw new Error('no admin token was generated');
    const app = createApp(
      makeDeps(store, { demo: true, adminTokenHash: boot.adminTokenHash, staticRoot: null }, now),
    );
    const post = (url: string, body: unknown, token?: string) =>
      app.request(
        url,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token !== undefined ? { Authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(body),
        },
        connectionFrom('127.0.0.1'),
      );

    const created = WalletCreatedSchema.parse(
      await (await post(apiPaths.wallets, { name: 'Eve', balance: 10 }, adminToken)).json(),
    );
    const demo = WalletTokensSchema.parse(await (await post(apiPaths.demoWalletTokens, {})).json());
    const pairing = PairingCodeSchema.parse(
      await (await post(apiPaths.walletPairingCodes(created.walletId), {}, created.token)).json(),
    );
    const paired = WalletTokensSchema.parse(
      await (await post(apiPaths.walletPairings, { code: pairing.code })).json(),
    );
    const tokens = [
      adminToken,
      created.token,
      ...demo.wallets.map(({ token }) => token),
      ...paired.wallets.map(({ token }) => token),
    ];
    expect(tokens).toHaveLength(6);
    await store.close();

    const raw = closedAfter(scratch.raw());
    const dump = await everything(raw);
    for (const token of tokens) {
      expect(dump).not.toContain(token);
      expect(dump).toContain(hashToken(token));
    }
    expect(await columnsOf(raw, 'wallets')).not.toContain('token');
    const hashes = await raw.transaction((sql) =>
      sql.all<{ token_hash: string }>('SELECT token_hash FROM wallet_tokens'),
    );
    // Eve twice (created, paired on a second phone) and the three demo wallets once each.
    expect(hashes.map(({ token_hash }) => token_hash).sort()).toEqual(
      tokens
        .slice(1)
        .map((token) => hashToken(token))
        .sort(),
    );

    if (scratch.file !== undefined) {
      await raw.close();
      for (const file of [scratch.file, `${scratch.file}-wal`]) {
        if (!existsSync(file)) continue;
        const bytes = readFileSync(file);
        for (const token of tokens) expect(bytes.includes(token)).toBe(false);
      }
    }
  });

  it('hashes the plain tokens of a database from before, and they keep working', async () => {
    const scratch = scratchLocation();
    const raw = closedAfter(scratch.raw());
    await migrate(raw, 1);
    const walletToken = 'plain-wallet-token-from-before-0000000000000';
    const adminToken = 'plain-admin-token-from-before-000000000000000';
    await raw.transaction(async (sql) => {
      await sql.run(
        "INSERT INTO merchants (id, name, is_default, created_at) VALUES ('m_1', 'Shop', 1, 1)",
      );
      await sql.run(
        `INSERT INTO wallets (id, name, token, balance, payment_limit, demo_position, created_at)
         VALUES ('w_old', 'Old', ?, 700, 5000000, NULL, 1)`,
        [walletToken],
      );
      await sql.run(
        "INSERT INTO payment_codes (code, wallet_id, provider, issued_at, expires_at) VALUES ('281234567890123456', 'w_old', 'alipay', 1, 2)",
      );
      await sql.run("INSERT INTO settings (key, value) VALUES ('admin_token', ?)", [adminToken]);
    });
    await raw.close();

    const store = closedAfter(await openStore(scratch.location));
    const boot = await bootstrap(store, { demo: false, adminToken: null }, now);
    expect(boot).toMatchObject({
      adminTokenSource: 'stored',
      adminTokenHash: hashToken(adminToken),
      generatedAdminToken: null,
    });
    const app = createApp(
      makeDeps(store, { demo: false, adminTokenHash: boot.adminTokenHash, staticRoot: null }, now),
    );
    const get = (token: string) =>
      app.request(apiPaths.wallet('w_old'), { headers: { Authorization: `Bearer ${token}` } });
    expect((await get(walletToken)).status).toBe(200);
    expect((await get(adminToken)).status).toBe(200);
    expect((await get('plain-wallet-token-from-before-0000000000001')).status).toBe(401);
    await store.close();

    const after = closedAfter(scratch.raw());
    const dump = await everything(after);
    expect(dump).not.toContain(walletToken);
    expect(dump).not.toContain(adminToken);
    expect(await columnsOf(after, 'wallets')).toEqual(
      ['balance', 'created_at', 'demo_position', 'id', 'name', 'payment_limit'].sort(),
    );
    // The table copy kept what pointed at the wallet, with its foreign key. The old code waits
    // in payment_codes_unhashed until a server start hashes it (server/code-hash/).
    const codes = await after.transaction((sql) =>
      sql.all<{ wallet_id: string }>('SELECT wallet_id FROM payment_codes_unhashed'),
    );
    expect(codes).toEqual([{ wallet_id: 'w_old' }]);
    await expect(
      after.transaction((sql) =>
        sql.run(
          "INSERT INTO wallet_tokens (token_hash, wallet_id, created_at) VALUES ('x', 'w_nobody', 1)",
        ),
      ),
    ).rejects.toThrow(/foreign key/i);
  });
});
