import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { onTestFinished, describe, expect, it } from 'vitest';
import { migrate } from '../store/migrations.ts';
import { openPostgres } from '../store/sql/postgres.ts';
import type { SqlDatabase } from '../store/sql/sql.ts';
import { openSqlite } from '../store/sql/sqlite.ts';
import { openStore, type StoreLocation } from '../store/store.ts';
import { withClient } from '../test-support/scratch-database.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { TEST_DATABASE_URL } from '../test-support/test-store.ts';
import { codeHasher, unkeyedHash } from './code-hasher.ts';
import { hashUnhashedCodes } from './hash-unhashed-codes.ts';

const USED = '281234567890123456';
const UNUSED = '139876543210987654';
const OFFLINE_HASH = unkeyedHash('SOP1.payload.signature');
const hasher = codeHasher(new Uint8Array(32).fill(9));

/** An empty database of either engine, and how to reach it raw and as a store. */
function scratchLocation(): {
  location: StoreLocation;
  file: string | null;
  raw: () => SqlDatabase;
} {
  if (TEST_DATABASE_URL !== undefined) {
    const url = TEST_DATABASE_URL;
    const schema = `test_${randomBytes(6).toString('hex')}`;
    onTestFinished(async () => {
      await withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    });
    return {
      location: { engine: 'postgres', url, schema, maxConnections: 2 },
      file: null,
      raw: () => openPostgres(url, { schema, maxConnections: 2 }),
    };
  }
  const file = path.join(tempDir('unhashed'), 'wallet.db');
  return { location: { engine: 'sqlite', file }, file, raw: () => openSqlite(file) };
}

/** A database at schema version 1, which kept payment codes in full. */
async function versionOneDatabase(raw: SqlDatabase): Promise<void> {
  await migrate(raw, 1);
  await raw.transaction(async (sql) => {
    await sql.run(
      "INSERT INTO merchants (id, name, is_default, created_at) VALUES ('m1', 'Shop', 1, 0)",
    );
    await sql.run(
      "INSERT INTO terminals (id, merchant_id, name, secret, created_at) VALUES ('t1', 'm1', 'Till', 's', 0)",
    );
    await sql.run(
      "INSERT INTO wallets (id, name, token, balance, payment_limit, created_at) VALUES ('w1', 'Alice', 'tok', 100, 1000, 0)",
    );
    await sql.run(
      `INSERT INTO payment_codes (code, wallet_id, provider, issued_at, expires_at, used_at)
       VALUES (?, 'w1', 'alipay', 0, 60000, 5000), (?, 'w1', 'alipay', 0, 60000, NULL)`,
      [USED, UNUSED],
    );
    const payment = `INSERT INTO payments (trade_no, merchant_id, out_trade_no, terminal_id,
        wallet_id, provider, status, amount, currency, fee, fee_ppm, auth_code_hash, offline,
        created_at)
      VALUES (?, 'm1', ?, 't1', 'w1', 'alipay', 'SUCCESS', 100, 'CNY', 0, 0, ?, ?, 5000)`;
    await sql.run(payment, ['P1', 'O1', unkeyedHash(USED), 0]);
    await sql.run(payment, ['P2', 'O2', OFFLINE_HASH, 1]);
  });
  await raw.close();
}

describe('hashUnhashedCodes: the upgrade from codes kept in full', () => {
  it('keys and masks every code, re-keys online payments, keeps single use, and drops the full codes', async () => {
    const { location, file, raw } = scratchLocation();
    await versionOneDatabase(raw());

    const store = await openStore(location);
    try {
      expect(await hashUnhashedCodes(store, hasher)).toBe(2);
      expect(await hashUnhashedCodes(store, hasher)).toBe(0);
      const seen = await store.transaction(async (r) => ({
        used: await r.wallets.findCode(hasher.hash(USED)),
        unused: await r.wallets.findCode(hasher.hash(UNUSED)),
        online: await r.payments.find('m1', 'O1'),
        offline: await r.payments.find('m1', 'O2'),
        leftOver: await r.unhashedCodes.exists(),
        spendUsed: await r.wallets.markCodeUsed(hasher.hash(USED), 9000),
      }));
      expect(seen.used).toMatchObject({ codeMask: '28************3456', usedAt: 5000 });
      expect(seen.unused).toMatchObject({ codeMask: '13************7654', usedAt: null });
      expect(seen.spendUsed).toBe(false);
      expect(seen.online?.authCodeHash).toBe(hasher.hash(USED));
      // An offline payment's text was never kept: its bare hash stays, and still matches.
      expect(seen.offline?.authCodeHash).toBe(OFFLINE_HASH);
      expect(hasher.matches(OFFLINE_HASH, 'SOP1.payload.signature')).toBe(true);
      expect(seen.leftOver).toBe(false);
    } finally {
      await store.close();
    }
    if (file !== null) {
      // secure_delete: the dropped table's text is zeroed, not left in free pages.
      const bytes = readFileSync(file).toString('latin1');
      expect(bytes).not.toContain(USED);
      expect(bytes).not.toContain(UNUSED);
    }
  });
});
