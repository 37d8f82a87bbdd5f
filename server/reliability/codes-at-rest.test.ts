/**
 * No payment code in full anywhere the wallet stores data, once the sale is final or the code
 * expired and was pruned: the SQLite files read as raw bytes (database, WAL and SHM, while the
 * store is open and after it closed), or every row of every PostgreSQL table as text.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { OfflineCodesIssuedSchema } from '../../protocol/offline-code.ts';
import { ONLINE_CODE_TTL_MS } from '../../protocol/payment-code.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { pruneOnce } from '../pruning/prune.ts';
import { PAYMENT_CODE_GRACE_MS } from '../pruning/prune-steps.ts';
import { openStore, type Store } from '../store/store.ts';
import { createHarness, readPayment, TEST_START, type Harness } from '../test-support/harness.ts';
import { withClient } from '../test-support/scratch-database.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { TEST_DATABASE_URL } from '../test-support/test-store.ts';

type Storage = { store: Store; dump: () => Promise<string> };

/** The store, closed once however often the test and its clean-up close it. */
function closedOnce(store: Store): Store {
  let closing: Promise<void> | undefined;
  return { ...store, close: () => (closing ??= store.close()) };
}

/** SQLite in a file whose bytes we read, or a PostgreSQL schema whose rows we read. */
async function openStorage(): Promise<Storage> {
  if (TEST_DATABASE_URL !== undefined) {
    const url = TEST_DATABASE_URL;
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const store = closedOnce(
      await openStore({ engine: 'postgres', url, schema, maxConnections: 4 }),
    );
    onTestFinished(async () => {
      await store.close();
      await withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    });
    const dump = () =>
      withClient(url, async (client) => {
        const tables = await client.query<{ name: string }>(
          'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1',
          [schema],
        );
        expect(tables.rows.map((row) => row.name)).toContain('payment_codes');
        let text = '';
        for (const { name } of tables.rows) {
          const rows = await client.query<{ row: string }>(
            `SELECT t::text AS row FROM ${schema}."${name}" t`,
          );
          text += rows.rows.map((row) => row.row).join('\n');
        }
        return text;
      });
    return { store, dump };
  }
  const file = path.join(tempDir('at-rest'), 'wallet.db');
  const store = closedOnce(await openStore({ engine: 'sqlite', file }));
  onTestFinished(() => store.close());
  const dump = () =>
    Promise.resolve(
      [file, `${file}-wal`, `${file}-shm`]
        .filter((each) => existsSync(each))
        .map((each) => readFileSync(each).toString('latin1'))
        .join('\n'),
    );
  return { store, dump };
}

function expectNowhere(text: string, codes: readonly string[]): void {
  for (const code of codes) {
    expect(text.includes(code), `the code ${code} is stored`).toBe(false);
    // The digits a mask hides, on their own.
    expect(text.includes(code.slice(2, -4)), `the hidden digits of ${code} are stored`).toBe(false);
  }
}

async function offlineCode(h: Harness, wallet: { walletId: string; token: string }) {
  const response = await h.request('POST', apiPaths.walletOfflineCodes(wallet.walletId), {
    token: wallet.token,
    body: { count: 1, cap: 5000 },
  });
  const [code] = OfflineCodesIssuedSchema.parse(await response.json()).codes;
  if (!code) throw new Error('No offline code');
  return code.text;
}

describe(`codes at rest (${TEST_DATABASE_URL === undefined ? 'SQLite files' : 'PostgreSQL rows'})`, () => {
  it('keeps no code in full once its sale is final, or once it expired unused and was pruned', async () => {
    const storage = await openStorage();
    const h = await createHarness({ store: storage.store });
    const terminal = await h.createTerminal();
    const wallet = await h.createWallet(100_000);

    const paid = await h.issueCode(wallet);
    const declined = await h.issueCode(wallet);
    const expired = await h.issueCode(wallet);
    expect((await h.payFrom(terminal, wallet)).status).toBe('SUCCESS');
    const sale = await h.pay(terminal, h.payRequest({ authCode: paid }));
    expect((await readPayment(sale)).status).toBe('SUCCESS');
    const tooMuch = await h.pay(terminal, h.payRequest({ authCode: declined, amount: 99_000 }));
    expect((await readPayment(tooMuch)).failure?.code).toBe('INSUFFICIENT_FUNDS');

    const offline = await offlineCode(h, wallet);
    const forwarded = await h.pay(
      terminal,
      h.payRequest({
        authCode: offline,
        offline: true,
        capturedAt: new Date(TEST_START + 1000).toISOString(),
      }),
    );
    expect((await readPayment(forwarded)).status).toBe('SUCCESS');
    const offlineParts = offline.split('.').slice(1);

    const finalCodes = [paid, declined];
    expectNowhere(await storage.dump(), finalCodes);
    for (const part of [offline, ...offlineParts]) {
      expect((await storage.dump()).includes(part)).toBe(false);
    }

    h.advance(ONLINE_CODE_TTL_MS + PAYMENT_CODE_GRACE_MS + 1);
    expect((await pruneOnce(h.store, h.now()))['expired payment codes']).toBe(4);
    const pay = await h.pay(terminal, h.payRequest({ authCode: expired }));
    expect((await readPayment(pay)).failure?.code).toBe('CODE_INVALID');

    const all = [...finalCodes, expired];
    expectNowhere(await storage.dump(), all);
    await storage.store.close();
    expectNowhere(await storage.dump(), all);
    expect((await storage.dump()).includes(offline)).toBe(false);
  });
});
