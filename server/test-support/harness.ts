/**
 * Builds the wallet app in-process for tests: a memory database, a clock the test moves, and
 * helpers that create terminals and sign requests with protocol/signing.ts as a terminal would.
 */
import type { Provider } from '../../protocol/payment-code.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { PaymentSchema, type Payment, type PayRequest } from '../../protocol/payments.ts';
import { ProblemSchema, type Problem } from '../../protocol/problem.ts';
import { importTerminalKey, signRequest } from '../../protocol/signing.ts';
import { TerminalCredentialsSchema, type TerminalCredentials } from '../../protocol/terminals.ts';
import {
  IssuedCodeSchema,
  WalletCreatedSchema,
  type WalletCreated,
} from '../../protocol/wallets.ts';
import { createApp } from '../app.ts';
import { bootstrap } from '../bootstrap.ts';
import { makeDeps } from '../deps.ts';
import type { Faults } from '../faults/faults.ts';
import { hashToken } from '../auth/token-hash.ts';
import type { FeeSchedule } from '../payments/fee-schedule.ts';
import type { OpenRateLimitSettings } from '../rate-limit/open-settings.ts';
import type { Store } from '../store/store.ts';
import { connectionFrom, LOOPBACK_ADDRESS } from './connection-from.ts';
import { openTestStore } from './test-store.ts';

export const ADMIN_TOKEN_FOR_TESTS = 'test-admin-token';
/** The tests' clock starts here; they move it with `advance`. */
export const TEST_START = Date.parse('2026-11-21T08:00:00.000Z');
/** One code hash key for every harness, so that a restart over the same file finds its codes. */
export const TEST_CODE_HASH_KEY = new Uint8Array(32).fill(7);

export type TestTerminal = TerminalCredentials & {
  key: Awaited<ReturnType<typeof importTerminalKey>>;
};

type RequestInit = {
  /** An object is sent as JSON; a string is sent as it is. */
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  /** The peer's address on the socket; 127.0.0.1 (this machine) by default. */
  from?: string;
};

type SignOptions = {
  ts?: number;
  nonce?: string;
  /** Sends a different body from the one that was signed. */
  sendBody?: string;
  /** The peer's address on the socket; 127.0.0.1 (this machine) by default. */
  from?: string;
};

export type Harness = Awaited<ReturnType<typeof createHarness>>;

type HarnessOptions = {
  demo?: boolean;
  staticRoot?: string | null;
  /** A database file, to test restarts; a fresh memory database by default. */
  dbFile?: string;
  startAt?: number;
  fees?: FeeSchedule;
  faults?: Faults;
  allowedOrigins?: string[];
  allowedHosts?: string[];
  /** The per-address ceiling on open endpoints: on with its defaults unless given (null: off). */
  openRateLimit?: OpenRateLimitSettings | null;
  /** A store the test opened itself (to read its tables raw); the test closes it. */
  store?: Store;
};

/**
 * The app over a fresh store: SQLite in memory, or a fresh schema of the PostgreSQL database
 * in TEST_DATABASE_URL. It is closed after the test.
 */
export async function createHarness(options: HarnessOptions = {}) {
  let clock = options.startAt ?? TEST_START;
  const now = () => clock;
  const demo = options.demo ?? true;
  const store = options.store ?? (await openTestStore(options.dbFile));
  const boot = await bootstrap(store, { demo, adminToken: ADMIN_TOKEN_FOR_TESTS }, now);
  const deps = makeDeps(
    store,
    {
      demo,
      adminTokenHash: hashToken(ADMIN_TOKEN_FOR_TESTS),
      staticRoot: options.staticRoot ?? null,
      codeHashKey: TEST_CODE_HASH_KEY,
      ...(options.fees ? { fees: options.fees } : {}),
      ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
      ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
      ...(options.openRateLimit !== undefined ? { openRateLimit: options.openRateLimit } : {}),
    },
    now,
    options.faults,
  );
  const app = createApp(deps);

  function bodyText(body: unknown): string | undefined {
    if (body === undefined) return undefined;
    return typeof body === 'string' ? body : JSON.stringify(body);
  }

  async function request(method: string, path: string, init: RequestInit = {}): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
    const body = bodyText(init.body);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return app.request(
      path,
      { method, headers, ...(body !== undefined ? { body } : {}) },
      connectionFrom(init.from ?? LOOPBACK_ADDRESS),
    );
  }

  /** A signed request's init, to send to `app` or to another app over the same store. */
  async function signedInit(
    terminal: TestTerminal,
    method: string,
    path: string,
    body?: unknown,
    sign: SignOptions = {},
  ): Promise<globalThis.RequestInit> {
    const text = bodyText(body) ?? '';
    const authorization = await signRequest(terminal.terminalId, terminal.key, {
      method,
      pathWithQuery: path,
      body: text,
      ts: sign.ts ?? clock,
      ...(sign.nonce !== undefined ? { nonce: sign.nonce } : {}),
    });
    const sent = sign.sendBody ?? text;
    return {
      method,
      headers: { Authorization: authorization, 'Content-Type': 'application/json' },
      ...(sent !== '' ? { body: sent } : {}),
    };
  }

  async function signed(
    terminal: TestTerminal,
    method: string,
    path: string,
    body?: unknown,
    sign: SignOptions = {},
  ): Promise<Response> {
    return app.request(
      path,
      await signedInit(terminal, method, path, body, sign),
      connectionFrom(sign.from ?? LOOPBACK_ADDRESS),
    );
  }

  async function createTerminal(merchantId?: string): Promise<TestTerminal> {
    const response = await request('POST', apiPaths.terminals, {
      token: ADMIN_TOKEN_FOR_TESTS,
      body: { name: 'Till 1', ...(merchantId !== undefined ? { merchantId } : {}) },
    });
    expectStatus(response, 201);
    const credentials = TerminalCredentialsSchema.parse(await response.json());
    return { ...credentials, key: await importTerminalKey(credentials.secret) };
  }

  async function createWallet(balance: number, name = 'Test wallet'): Promise<WalletCreated> {
    const response = await request('POST', apiPaths.wallets, {
      token: ADMIN_TOKEN_FOR_TESTS,
      body: { name, balance },
    });
    expectStatus(response, 201);
    return WalletCreatedSchema.parse(await response.json());
  }

  async function issueCode(wallet: WalletCreated, provider: Provider = 'alipay'): Promise<string> {
    const response = await request('POST', apiPaths.walletCodes(wallet.walletId), {
      token: wallet.token,
      body: { provider },
    });
    expectStatus(response, 201);
    return IssuedCodeSchema.parse(await response.json()).authCode;
  }

  let tradeCounter = 0;
  function payRequest(fields: Partial<PayRequest> & { authCode: string }): PayRequest {
    tradeCounter += 1;
    return { outTradeNo: `T${tradeCounter}`, amount: 1250, currency: 'CNY', ...fields };
  }

  /** Signs and sends a pay call; returns the HTTP response. */
  async function pay(terminal: TestTerminal, body: unknown, sign: SignOptions = {}) {
    return signed(terminal, 'POST', apiPaths.payments, body, sign);
  }

  /** Issues a fresh code from `wallet` and pays with it; returns the payment. */
  async function payFrom(
    terminal: TestTerminal,
    wallet: WalletCreated,
    fields: Partial<PayRequest> = {},
  ): Promise<Payment> {
    const authCode = await issueCode(wallet);
    const response = await pay(terminal, payRequest({ authCode, ...fields }));
    expectStatus(response, 200);
    return readPayment(response);
  }

  /** The customer confirms or rejects a USERPAYING payment on their phone. */
  async function decide(
    wallet: WalletCreated,
    tradeNo: string,
    decision: 'confirm' | 'reject',
  ): Promise<Response> {
    return request('POST', apiPaths.walletPendingDecision(wallet.walletId, tradeNo, decision), {
      token: wallet.token,
    });
  }

  return {
    app,
    store,
    boot,
    now,
    codeHash: deps.codeHash,
    advance(ms: number): void {
      clock += ms;
    },
    async balanceOf(walletId: string): Promise<number | undefined> {
      return (await store.transaction((r) => r.wallets.find(walletId)))?.balance;
    },
    request,
    signed,
    signedInit,
    createTerminal,
    createWallet,
    issueCode,
    payRequest,
    pay,
    payFrom,
    decide,
  };
}

export function expectStatus(response: Response, status: number): void {
  if (response.status !== status) {
    throw new Error(`Expected HTTP ${status}, got ${response.status}`);
  }
}

export async function readPayment(response: Response): Promise<Payment> {
  return PaymentSchema.parse(await response.json());
}

export async function readProblem(response: Response): Promise<Problem> {
  if (response.headers.get('Content-Type') !== 'application/problem+json') {
    throw new Error(`Not a problem response: ${response.headers.get('Content-Type') ?? 'none'}`);
  }
  return ProblemSchema.parse(await response.json());
}
