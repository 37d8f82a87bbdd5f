import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import { WalletTokensSchema } from '../../protocol/wallet-pairing.ts';
import { createApp } from '../app.ts';
import { hashToken } from '../auth/token-hash.ts';
import { bootstrap } from '../bootstrap.ts';
import { DB_FILE } from '../config.ts';
import { makeDeps } from '../deps.ts';
import { openStore, type Store } from '../store/store.ts';
import { connectionFrom } from '../test-support/connection-from.ts';
import { createScratchDatabase } from '../test-support/scratch-database.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { TEST_DATABASE_URL } from '../test-support/test-store.ts';
import {
  LISTENING_FILE,
  readListeningState,
  removeListeningRecord,
  writeListeningRecord,
  type ListeningRecord,
} from './listening-record.ts';
import { runPair } from './pair-command.ts';

const cleanUps: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

type Shop = { env: Record<string, string>; dataDir: string; open: () => Promise<Store> };

/** A data directory (and, with TEST_DATABASE_URL, a database) that a server has started in. */
async function startedShop(demo: boolean): Promise<Shop> {
  const dataDir = tempDir('pair');
  const env: Record<string, string> = { DATA_DIR: dataDir, DEMO: demo ? '1' : '0' };
  if (TEST_DATABASE_URL !== undefined) {
    const scratch = await createScratchDatabase(TEST_DATABASE_URL, 'pair');
    cleanUps.push(scratch.drop);
    env.DATABASE_URL = scratch.url;
  }
  const open = async () => {
    const store =
      env.DATABASE_URL === undefined
        ? await openStore({ engine: 'sqlite', file: path.join(dataDir, DB_FILE) })
        : await openStore({ engine: 'postgres', url: env.DATABASE_URL });
    cleanUps.push(() => store.close().catch(() => undefined));
    return store;
  };
  const store = await open();
  await bootstrap(store, { demo, adminToken: 'admin' }, Date.now);
  await store.close();
  return { env, dataDir, open };
}

async function pair(shop: Shop, argv: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPair(argv, shop.env, '/', {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function issuedCode(output: string): string {
  const code = /pairing code[^:]*: ([2-9A-Z]{12})$/m.exec(output)?.[1];
  if (code === undefined) throw new Error(`no code in:\n${output}`);
  return code;
}

/** The running server's view of the same store. */
async function serverOver(shop: Shop, demo: boolean) {
  const store = await shop.open();
  const app = createApp(
    makeDeps(store, { demo, adminTokenHash: hashToken('admin'), staticRoot: null }, Date.now),
  );
  return (url: string, body: unknown) =>
    app.request(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      },
      connectionFrom('192.168.1.40'),
    );
}

const RUNNING: ListeningRecord = {
  pid: process.pid,
  scheme: 'https',
  port: 8443,
  localHost: 'localhost',
  addresses: ['192.168.1.20', 'fd00::2'],
  demo: true,
};

describe('npm run pair', { timeout: 30_000 }, () => {
  it('issues a terminal code in the store with no server running, and says so', async () => {
    const shop = await startedShop(true);
    const result = await pair(shop);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Terminal pairing code: [2-9A-Z]{12}$/m);
    expect(result.out).toContain('Good for one device and 10 minutes');
    expect(result.out).toContain(`No Saoma server is running from ${shop.dataDir}`);
    expect(result.out).not.toContain('#pair=');

    const post = await serverOver(shop, true);
    const body = { code: issuedCode(result.out), name: 'Tablet' };
    expect((await post(apiPaths.pairings, body)).status).toBe(201);
    expect((await post(apiPaths.pairings, body)).status).toBe(400);
  });

  it('prints a QR code and URL for each address the running server recorded, and localhost', async () => {
    const shop = await startedShop(true);
    writeListeningRecord(shop.dataDir, RUNNING);
    const result = await pair(shop);
    const code = issuedCode(result.out);
    const urls = [...result.out.matchAll(/^Scan with [^:]+: (\S+)$/gm)].map((match) => match[1]);
    expect(urls).toEqual([
      `https://192.168.1.20:8443/#pair=${code}`,
      `https://[fd00::2]:8443/#pair=${code}`,
      `https://localhost:8443/#pair=${code}`,
    ]);
    expect(result.out).toContain('▄');
    expect(result.out).not.toContain('No Saoma server is running');
  });

  it('issues a demo wallet code with --wallet that opens the demo wallets once', async () => {
    const shop = await startedShop(true);
    writeListeningRecord(shop.dataDir, RUNNING);
    const result = await pair(shop, ['--wallet']);
    expect(result.code).toBe(0);
    const code = issuedCode(result.out);
    expect(result.out).toContain(
      `Scan with a phone's camera app: https://192.168.1.20:8443/wallet#pair=${code}`,
    );

    const post = await serverOver(shop, true);
    const opened = await post(apiPaths.walletPairings, { code });
    expect(opened.status).toBe(201);
    const { wallets } = WalletTokensSchema.parse(await opened.json());
    expect(wallets.map(({ name }) => name)).toEqual(['Alice', 'Bob', 'Chen Wei']);
    expect((await post(apiPaths.walletPairings, { code })).status).toBe(400);
    // Not a terminal code.
    const asTerminal = await post(apiPaths.pairings, {
      code: issuedCode((await pair(shop, ['--wallet'])).out),
      name: 'T',
    });
    expect(asTerminal.status).toBe(400);
  });

  it('issues terminal codes outside demo mode, but refuses a wallet code', async () => {
    const shop = await startedShop(false);
    const terminal = await pair(shop);
    expect(terminal.code).toBe(0);
    const post = await serverOver(shop, false);
    expect(
      (await post(apiPaths.pairings, { code: issuedCode(terminal.out), name: 'T' })).status,
    ).toBe(201);

    const wallet = await pair(shop, ['--wallet']);
    expect(wallet.code).toBe(1);
    expect(wallet.err).toContain('needs demo mode');
    expect(wallet.out).toBe('');
  });

  it('goes by the demo mode the running server recorded', async () => {
    const shop = await startedShop(true);
    writeListeningRecord(shop.dataDir, { ...RUNNING, demo: false });
    expect((await pair(shop, ['--wallet'])).code).toBe(1);
  });

  it('refuses unknown flags, and changes nothing', async () => {
    const shop = await startedShop(true);
    for (const argv of [['--walet'], ['--wallet', '-x'], ['wallet']]) {
      const result = await pair(shop, argv);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^Unknown argument "[^"]+"\. npm run pair prints/);
      expect(result.out).toBe('');
    }
  });

  it('says so when DATA_DIR holds no database, and makes none', async () => {
    const dataDir = tempDir('pair-empty');
    const result = await pair({
      env: { DATA_DIR: dataDir },
      dataDir,
      open: () => Promise.reject(new Error('unused')),
    });
    expect(result.code).toBe(1);
    expect(result.err).toContain(`There is no Saoma database in ${dataDir}`);
    expect(() => statSync(path.join(dataDir, DB_FILE))).toThrow();
  });
});

describe('the listening record', () => {
  it('is written 0600, read back while its process lives, and removed at stop', () => {
    const dataDir = tempDir('listening');
    expect(readListeningState(dataDir)).toEqual({ kind: 'stopped' });
    writeListeningRecord(dataDir, RUNNING);
    expect(statSync(path.join(dataDir, LISTENING_FILE)).mode & 0o777).toBe(0o600);
    expect(readListeningState(dataDir)).toEqual({ kind: 'running', record: RUNNING });
    expect(readListeningState(dataDir, () => false)).toEqual({ kind: 'stale', record: RUNNING });
    removeListeningRecord(dataDir);
    expect(readListeningState(dataDir)).toEqual({ kind: 'stopped' });
  });
});
