import { existsSync } from 'node:fs';
import path from 'node:path';
import { terminalPairingUrl, walletPairingUrl } from '../../protocol/pairing-link.ts';
import type { PairingCode } from '../../protocol/terminals.ts';
import { urlHost } from '../banner/listen-scope.ts';
import { terminalQr } from '../banner/terminal-qr.ts';
import { DB_FILE, parseConfig, type ServerConfig } from '../config.ts';
import { openStore, type Store } from '../store/store.ts';
import { issuePairingCode } from '../terminals/pairing.ts';
import { issueWalletPairingCode } from '../wallets/wallet-pairing.ts';
import { LISTENING_FILE, readListeningState, type ListeningState } from './listening-record.ts';

export type PairIo = { out: (text: string) => void; err: (text: string) => void };

const USAGE =
  'npm run pair prints a one-time terminal pairing code and its QR code; npm run pair -- --wallet prints one for the demo wallets (the wallet simulator).';

/**
 * `npm run pair [-- --wallet]`: issues a fresh pairing code in the server's own store (the same
 * DATA_DIR and DATABASE_URL as npm start), whether or not the server runs, and prints it with
 * a QR code and URL for each address the running server recorded. Holding the data directory is
 * the owner's authority, so it works outside demo mode too (the wallet code needs demo mode).
 * Returns the exit code.
 */
export async function runPair(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  cwd: string,
  io: PairIo,
  now: () => number = Date.now,
): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--wallet');
  if (unknown.length > 0) {
    io.err(`Unknown argument "${unknown[0] ?? ''}". ${USAGE}`);
    return 2;
  }
  const wallet = argv.includes('--wallet');
  const parsed = parseConfig(env, cwd);
  if (!parsed.ok) {
    io.err(`Saoma cannot pair: ${parsed.errors.join(' ')}`);
    return 1;
  }
  const { config } = parsed;
  const state = readListeningState(config.dataDir);
  const demo = state.kind === 'running' ? state.record.demo : config.demo;
  if (wallet && !demo) {
    io.err(
      'A wallet pairing code for the demo wallets needs demo mode, and the server runs with DEMO=0. A phone that has a wallet can show a code for it (POST /api/v1/wallets/{walletId}/pairing-codes).',
    );
    return 1;
  }

  const store = await openExistingStore(config, io);
  if (store === null) return 1;
  let code: PairingCode | null;
  try {
    code = await store.transaction(async (r) => {
      if (wallet) {
        if ((await r.wallets.listDemo()).length === 0) return null;
        return issueWalletPairingCode(r, { kind: 'demo' }, now());
      }
      const merchant = await r.merchants.findDefault();
      return merchant ? issuePairingCode(r, merchant.id, now()) : null;
    });
  } finally {
    await store.close();
  }
  if (code === null) {
    io.err(
      wallet
        ? 'There are no demo wallets yet: start the server once in demo mode (npm start).'
        : 'The database has no shop yet: start the server once (npm start).',
    );
    return 1;
  }

  const what = wallet ? 'Wallet pairing code (the demo wallets)' : 'Terminal pairing code';
  io.out(`${what}: ${code.code}`);
  io.out(
    `  Good for one device and 10 minutes (until ${code.expiresAt}). Run npm run pair${wallet ? ' -- --wallet' : ''} again for the next one.`,
  );
  await printWhereToScan(state, code.code, wallet, config.dataDir, io);
  return 0;
}

async function openExistingStore(config: ServerConfig, io: PairIo): Promise<Store | null> {
  try {
    if (config.databaseUrl !== null) {
      return await openStore({ engine: 'postgres', url: config.databaseUrl });
    }
    const file = path.join(config.dataDir, DB_FILE);
    if (!existsSync(file)) {
      io.err(
        `There is no Saoma database in ${config.dataDir} (DATA_DIR): start the server once (npm start), with the same DATA_DIR.`,
      );
      return null;
    }
    return await openStore({ engine: 'sqlite', file });
  } catch (error) {
    io.err(`Saoma cannot pair: cannot open the database: ${String(error)}`);
    return null;
  }
}

async function printWhereToScan(
  state: ListeningState,
  code: string,
  wallet: boolean,
  dataDir: string,
  io: PairIo,
): Promise<void> {
  const scanWith = wallet ? "a phone's camera app" : "the tablet's camera app";
  if (state.kind !== 'running') {
    const why =
      state.kind === 'stopped'
        ? `No Saoma server is running from ${dataDir}`
        : state.kind === 'stale'
          ? `No Saoma server is running from ${dataDir} (the one in ${LISTENING_FILE}, pid ${state.record.pid}, has stopped)`
          : `Cannot tell whether a Saoma server is running from ${dataDir}: ${state.reason}`;
    io.out(
      `${why}. Start it with npm start; the code works once it runs, until it expires: type it on the ${wallet ? 'wallet simulator' : 'pairing screen'}, or run npm run pair again for its QR code.`,
    );
    return;
  }
  const { record } = state;
  for (const host of [...record.addresses.map(urlHost), record.localHost]) {
    const origin = `${record.scheme}://${host}:${record.port}`;
    const url = wallet ? walletPairingUrl(origin, code) : terminalPairingUrl(origin, code);
    const where = host === record.localHost ? ' (this computer)' : '';
    io.out('');
    io.out(`Scan with ${scanWith}${where}: ${url}`);
    io.out((await terminalQr(url)).trimEnd());
  }
}
