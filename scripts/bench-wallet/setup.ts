import { apiPaths } from '../../protocol/paths.ts';
import type { PayRequest } from '../../protocol/payments.ts';
import { importTerminalKey, signRequest } from '../../protocol/signing.ts';
import { TerminalCredentialsSchema, type TerminalCredentials } from '../../protocol/terminals.ts';
import {
  IssuedCodeSchema,
  WalletCreatedSchema,
  type WalletCreated,
} from '../../protocol/wallets.ts';
import type { ServerProcess } from './server-process.ts';

/** One pay call, signed and ready to send as it is. */
export type SignedPay = { outTradeNo: string; authorization: string; body: string };

const SETUP_CONCURRENCY = 64;
const WALLETS = 200;
const PAY_AMOUNT = 100;
const WALLET_BALANCE = 10_000_000_000;

type Parser<T> = { parse(data: unknown): T };

async function call<T>(
  server: ServerProcess,
  path: string,
  token: string,
  body: unknown,
  parser: Parser<T>,
): Promise<T> {
  const response = await fetch(server.base + path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) {
    throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  }
  return parser.parse(await response.json());
}

/**
 * Runs `task(0..count-1)` with at most SETUP_CONCURRENCY at once and returns the results in
 * order. After `deadline` (performance.now() ms) no further task starts: the result is shorter.
 */
async function inParallel<T>(
  count: number,
  task: (index: number) => Promise<T>,
  deadline = Infinity,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < count && performance.now() < deadline) {
      const index = next;
      next += 1;
      results[index] = await task(index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(SETUP_CONCURRENCY, count) }, worker));
  return results;
}

export function createTerminal(server: ServerProcess): Promise<TerminalCredentials> {
  return call(
    server,
    apiPaths.terminals,
    server.adminToken,
    { name: 'Bench till' },
    TerminalCredentialsSchema,
  );
}

export function createWallets(server: ServerProcess): Promise<WalletCreated[]> {
  return inParallel(WALLETS, (index) =>
    call(
      server,
      apiPaths.wallets,
      server.adminToken,
      { name: `Bench ${index}`, balance: WALLET_BALANCE },
      WalletCreatedSchema,
    ),
  );
}

/**
 * Issues up to `count` one-time codes, round robin over the wallets so that concurrent pays
 * differ, for at most `budgetMs`: codes die 60 s after issue, and the run must use them first.
 */
export function issueCodes(
  server: ServerProcess,
  wallets: WalletCreated[],
  count: number,
  budgetMs: number,
): Promise<string[]> {
  const deadline = performance.now() + budgetMs;
  return inParallel(
    count,
    async (index) => {
      const wallet = wallets[index % wallets.length];
      if (wallet === undefined) throw new Error('No wallets to issue codes from');
      const issued = await call(
        server,
        apiPaths.walletCodes(wallet.walletId),
        wallet.token,
        { provider: 'alipay' },
        IssuedCodeSchema,
      );
      return issued.authCode;
    },
    deadline,
  );
}

/** Signs one pay per code, each with its own nonce and outTradeNo, as the terminal would. */
export async function signPays(
  terminal: TerminalCredentials,
  codes: string[],
  runId: string,
): Promise<SignedPay[]> {
  const key = await importTerminalKey(terminal.secret);
  return Promise.all(
    codes.map(async (authCode, index) => {
      const request: PayRequest = {
        outTradeNo: `bench-${runId}-${index}`,
        authCode,
        amount: PAY_AMOUNT,
        currency: 'CNY',
      };
      const body = JSON.stringify(request);
      const authorization = await signRequest(terminal.terminalId, key, {
        method: 'POST',
        pathWithQuery: apiPaths.payments,
        body,
      });
      return { outTradeNo: request.outTradeNo, authorization, body };
    }),
  );
}
