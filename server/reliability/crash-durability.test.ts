/**
 * Durability across a crash: a real server process takes a load of concurrent signed pays and
 * is SIGKILLed in the middle of it. After a restart on the same data, every payment a client
 * heard as paid is still paid, nothing was paid twice or out of thin air, and every wallet's
 * balance is its opening balance less exactly its paid payments. Retrying the calls that got
 * no answer then settles each of them once.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../protocol/payment-code.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { PaymentSchema, type Payment, type PayRequest } from '../../protocol/payments.ts';
import { SettlementSchema, type SettlementLine } from '../../protocol/settlements.ts';
import { importTerminalKey, signRequest, type SigningKey } from '../../protocol/signing.ts';
import { TerminalCredentialsSchema } from '../../protocol/terminals.ts';
import {
  IssuedCodeSchema,
  WalletCreatedSchema,
  WalletViewSchema,
  type WalletCreated,
} from '../../protocol/wallets.ts';
import { createScratchDatabase } from '../test-support/scratch-database.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { TEST_DATABASE_URL } from '../test-support/test-store.ts';
import { readProblemAnswer } from './answers.ts';
import { startServer, type ServerProcess } from './server-process.ts';

/** Every code is issued before the load starts: 5 a wallet, its cap of unused online codes. */
const WALLETS = 60;
const OPENING_BALANCE = 400_000;
const PAYS = 300;
const CONCURRENCY = 24;
const KILL_AFTER_ANSWERS = 100;
/** Every so many pays is sent twice at once, as a nervous terminal might. */
const DUPLICATE_EVERY = 10;
const TIMEOUT_MS = 90_000;

type Till = { terminalId: string; key: SigningKey };
type PlannedPay = { body: PayRequest; wallet: number };
type Heard = { sent: number; payments: Payment[]; problems: string[]; lost: number };

const running = new Set<ServerProcess>();
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all([...running].map((server) => server.stop('SIGKILL')));
  running.clear();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer(env);
  running.add(server);
  void server.exited.then(() => running.delete(server));
  return server;
}

function client(origin: string, adminToken: string) {
  async function request(
    method: string,
    path: string,
    init: { token?: string; body?: unknown; till?: Till } = {},
  ): Promise<Response> {
    const body = init.body === undefined ? '' : JSON.stringify(init.body);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
    if (init.till !== undefined) {
      headers.Authorization = await signRequest(init.till.terminalId, init.till.key, {
        method,
        pathWithQuery: path,
        body,
      });
    }
    return fetch(`${origin}${path}`, { method, headers, ...(body !== '' ? { body } : {}) });
  }

  async function json(response: Response, status: number): Promise<unknown> {
    const text = await response.text();
    if (response.status !== status) throw new Error(`HTTP ${response.status}: ${text}`);
    return JSON.parse(text);
  }

  return {
    request,
    async createTill(): Promise<Till> {
      const response = await request('POST', apiPaths.terminals, {
        token: adminToken,
        body: { name: 'Crash till' },
      });
      const credentials = TerminalCredentialsSchema.parse(await json(response, 201));
      return {
        terminalId: credentials.terminalId,
        key: await importTerminalKey(credentials.secret),
      };
    },
    async createWallet(name: string): Promise<WalletCreated> {
      const response = await request('POST', apiPaths.wallets, {
        token: adminToken,
        body: { name, balance: OPENING_BALANCE },
      });
      return WalletCreatedSchema.parse(await json(response, 201));
    },
    async issueCode(wallet: WalletCreated, index: number): Promise<string> {
      const provider = PROVIDERS[index % PROVIDERS.length] ?? 'alipay';
      const response = await request('POST', apiPaths.walletCodes(wallet.walletId), {
        token: wallet.token,
        body: { provider },
      });
      return IssuedCodeSchema.parse(await json(response, 201)).authCode;
    },
    async balance(wallet: WalletCreated): Promise<number> {
      const response = await request('GET', apiPaths.wallet(wallet.walletId), {
        token: adminToken,
      });
      return WalletViewSchema.parse(await json(response, 200)).balance;
    },
    /** The payment as the server has it now, or null for 404. */
    async find(till: Till, outTradeNo: string): Promise<Payment | null> {
      const response = await request('GET', apiPaths.payment(outTradeNo), { till });
      if (response.status === 404) {
        await readProblemAnswer(response);
        return null;
      }
      return PaymentSchema.parse(await json(response, 200));
    },
    async statementLines(till: Till, dates: readonly string[]): Promise<SettlementLine[]> {
      const lines: SettlementLine[] = [];
      for (const date of dates) {
        const response = await request('GET', apiPaths.settlement(date), { till });
        lines.push(...SettlementSchema.parse(await json(response, 200)).lines);
      }
      return lines;
    },
  };
}

type Client = ReturnType<typeof client>;

/** Sends one pay and records what the client heard: a payment, a problem, or nothing. */
async function sendPay(api: Client, till: Till, pay: PlannedPay, heard: Heard): Promise<boolean> {
  heard.sent += 1;
  try {
    const response = await api.request('POST', apiPaths.payments, { till, body: pay.body });
    if (response.status === 200) {
      heard.payments.push(PaymentSchema.parse(await response.json()));
    } else {
      heard.problems.push((await readProblemAnswer(response)).code);
    }
    return true;
  } catch {
    heard.lost += 1;
    return false;
  }
}

function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * What the restarted server holds must agree with everything the client heard, and the money
 * must add up: each wallet lost exactly its paid payments, once each.
 */
async function checkConsistency(
  api: Client,
  till: Till,
  wallets: readonly WalletCreated[],
  plan: readonly PlannedPay[],
  heard: ReadonlyMap<string, Heard>,
  dates: readonly string[],
): Promise<Map<string, Payment>> {
  const found = new Map<string, Payment>();
  for (const pay of plan) {
    const { outTradeNo } = pay.body;
    const payment = await api.find(till, outTradeNo);
    const record = heard.get(outTradeNo);
    if (!record || record.sent === 0) {
      expect(payment, `${outTradeNo} was never sent`).toBeNull();
      continue;
    }
    for (const told of record.payments) {
      expect(payment, `${outTradeNo} was answered, so it exists`).not.toBeNull();
      expect(payment?.tradeNo, `${outTradeNo} is one payment`).toBe(told.tradeNo);
      expect(payment?.amount).toBe(pay.body.amount);
      if (told.status === 'SUCCESS' || told.status === 'FAILED') {
        expect(payment?.status, `${outTradeNo} was ${told.status}`).toBe(told.status);
      }
    }
    if (payment) found.set(outTradeNo, payment);
  }

  const lines = await api.statementLines(till, dates);
  const paidLines = lines.filter((line) => line.type === 'PAYMENT');
  const paidNos = paidLines.map((line) => line.outTradeNo);
  expect(new Set(paidNos).size, 'no payment is on the statement twice').toBe(paidNos.length);
  expect(new Set(paidLines.map((line) => line.tradeNo)).size).toBe(paidLines.length);
  expect(
    lines.filter((line) => line.type !== 'PAYMENT'),
    'nothing was refunded',
  ).toEqual([]);
  const succeeded = [...found.values()].filter((payment) => payment.status === 'SUCCESS');
  expect(new Set(paidNos)).toEqual(new Set(succeeded.map((payment) => payment.outTradeNo)));

  const paidBy = wallets.map(() => 0);
  for (const pay of plan) {
    if (found.get(pay.body.outTradeNo)?.status === 'SUCCESS') {
      paidBy[pay.wallet] = (paidBy[pay.wallet] ?? 0) + pay.body.amount;
    }
  }
  for (const [index, wallet] of wallets.entries()) {
    expect(await api.balance(wallet), `wallet ${index}`).toBe(
      OPENING_BALANCE - (paidBy[index] ?? 0),
    );
  }
  return found;
}

type Engine = { name: string; env: () => Promise<Record<string, string>> };

const ENGINES: Engine[] = [
  { name: 'SQLite', env: () => Promise.resolve({ DATA_DIR: tempDir('crash') }) },
];
const pgUrl = TEST_DATABASE_URL;
if (pgUrl !== undefined) {
  ENGINES.push({
    name: 'PostgreSQL',
    env: async () => {
      const database = await createScratchDatabase(pgUrl, 'crash');
      cleanups.push(database.drop);
      return { DATA_DIR: tempDir('crash'), DATABASE_URL: database.url };
    },
  });
}

describe.each(ENGINES)('a SIGKILL in the middle of a pay load ($name)', (engine) => {
  it(
    'loses no answered payment, pays nothing twice, and keeps every balance exact',
    async () => {
      const adminToken = randomBytes(16).toString('hex');
      const env = {
        ...(await engine.env()),
        PORT: '0',
        ADMIN_TOKEN: adminToken,
        DEMO: '0',
        RATE_LIMIT_PER_SECOND: '0',
      };
      const first = await start(env);
      const api = client(first.origin, adminToken);
      const till = await api.createTill();
      const wallets: WalletCreated[] = [];
      for (let i = 0; i < WALLETS; i++) wallets.push(await api.createWallet(`Crash ${i}`));
      const plan: PlannedPay[] = [];
      for (let i = 0; i < PAYS; i++) {
        const wallet = i % WALLETS;
        const owner = wallets[wallet];
        if (!owner) throw new Error(`No wallet ${wallet}`);
        const authCode = await api.issueCode(owner, i);
        const amount = 1_000 + ((i * 7_919) % 99_000);
        plan.push({
          wallet,
          body: { outTradeNo: `crash-${i}`, authCode, amount, currency: 'CNY' },
        });
      }
      const startedAt = Date.now();

      const heard = new Map<string, Heard>(
        plan.map((pay) => [pay.body.outTradeNo, { sent: 0, payments: [], problems: [], lost: 0 }]),
      );
      let next = 0;
      let answers = 0;
      let killed: ReturnType<ServerProcess['stop']> | undefined;
      const worker = async () => {
        while (killed === undefined && next < plan.length) {
          const index = next++;
          const pay = plan[index];
          const record = heard.get(pay?.body.outTradeNo ?? '');
          if (!pay || !record) return;
          const copies = index % DUPLICATE_EVERY === 0 ? 2 : 1;
          const results = await Promise.all(
            Array.from({ length: copies }, () => sendPay(api, till, pay, record)),
          );
          for (const answered of results) {
            if (!answered) continue;
            answers += 1;
            if (answers === KILL_AFTER_ANSWERS) killed = first.stop('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      expect(killed, 'the load was cut by the kill').toBeDefined();
      expect((await first.exited).signal).toBe('SIGKILL');
      const all = [...heard.values()];
      const sent = all.filter((record) => record.sent > 0).length;
      const lost = all.reduce((total, record) => total + record.lost, 0);

      const second = await start(env);
      const again = client(second.origin, adminToken);
      const dates = [...new Set([utcDate(startedAt), utcDate(Date.now())])];
      const found = await checkConsistency(again, till, wallets, plan, heard, dates);

      // The terminal's recovery: retry every pay that got no answer, with the same body.
      const unanswered = plan.filter((pay) => {
        const record = heard.get(pay.body.outTradeNo);
        return record !== undefined && record.sent > 0 && record.payments.length === 0;
      });
      for (const pay of unanswered) {
        const record = heard.get(pay.body.outTradeNo);
        if (!record) continue;
        const before = found.get(pay.body.outTradeNo);
        expect(await sendPay(again, till, pay, record)).toBe(true);
        const retried = record.payments.at(-1);
        expect(retried, `${pay.body.outTradeNo} retried`).toBeDefined();
        if (before) expect(retried?.tradeNo).toBe(before.tradeNo);
      }
      await checkConsistency(again, till, wallets, plan, heard, dates);

      console.info(
        `crash-durability on ${engine.name}: ${sent} pays sent (${PAYS} planned, every ${DUPLICATE_EVERY}th twice at once), ` +
          `SIGKILL after ${KILL_AFTER_ANSWERS} answers, ${lost} requests cut off, ${found.size} payments found after restart, ` +
          `${unanswered.length} unanswered pays retried`,
      );
      expect(await second.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    },
    TIMEOUT_MS,
  );
});
