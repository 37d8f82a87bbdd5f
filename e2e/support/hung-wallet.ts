/**
 * A wallet that takes connections and never answers: a wallet server process of the test's own,
 * stopped with SIGSTOP (the kernel still accepts its TCP connections, nobody reads them) and
 * started again with SIGCONT. Nothing here depends on Playwright, so a WebDriver run in another
 * engine can use it as it is.
 */
import { apiPaths } from '../../protocol/paths.ts';
import type { Provider } from '../../protocol/payment-code.ts';
import { SettlementSchema, type SettlementLine } from '../../protocol/settlements.ts';
import { importTerminalKey, signRequest } from '../../protocol/signing.ts';
import { TerminalCredentialsSchema } from '../../protocol/terminals.ts';
import { IssuedCodeSchema, WalletCreatedSchema, WalletViewSchema } from '../../protocol/wallets.ts';
import { startOwnServer } from './own-server.ts';
import { ADMIN_TOKEN } from './wallet-api.ts';

/** What the test checks the wallet by, all while the wallet answers. */
export type HungWallet = {
  origin: string;
  /** SIGSTOP: from now on the wallet accepts connections and answers nothing. */
  freeze: () => void;
  /** SIGCONT: the wallet works through what it was sent meanwhile, and answers again. */
  thaw: () => void;
  createWallet: (name: string, balance: number) => Promise<{ walletId: string; token: string }>;
  issueCode: (walletId: string, token: string, provider?: Provider) => Promise<string>;
  balance: (walletId: string, token: string) => Promise<number>;
  /** Today's statement lines (UTC) for one outTradeNo, read with a terminal of the merchant's. */
  statementLines: (outTradeNo: string) => Promise<SettlementLine[]>;
};

async function expectJson(response: Response, status: number): Promise<unknown> {
  const text = await response.text();
  if (response.status !== status) {
    throw new Error(`${response.url}: expected ${status}, got ${response.status}: ${text}`);
  }
  return JSON.parse(text) as unknown;
}

/**
 * Runs `work` against a wallet server of its own. Whatever happens, the process is sent SIGCONT
 * and then stopped, so a failed test never leaves a frozen server behind.
 */
export async function withHungWallet(
  name: string,
  work: (wallet: HungWallet) => Promise<void>,
): Promise<void> {
  const server = await startOwnServer(name);
  const { origin } = server;
  const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
  const signal = (which: NodeJS.Signals) => {
    try {
      process.kill(server.pid, which);
    } catch {
      // Already gone: nothing to freeze or thaw.
    }
  };
  const wallet: HungWallet = {
    origin,
    freeze: () => signal('SIGSTOP'),
    thaw: () => signal('SIGCONT'),
    createWallet: async (walletName, balance) => {
      const response = await fetch(`${origin}${apiPaths.wallets}`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ name: walletName, balance }),
      });
      return WalletCreatedSchema.parse(await expectJson(response, 201));
    },
    issueCode: async (walletId, token, provider = 'alipay') => {
      const response = await fetch(`${origin}${apiPaths.walletCodes(walletId)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ provider }),
      });
      return IssuedCodeSchema.parse(await expectJson(response, 201)).authCode;
    },
    balance: async (walletId, token) => {
      const response = await fetch(`${origin}${apiPaths.wallet(walletId)}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      return WalletViewSchema.parse(await expectJson(response, 200)).balance;
    },
    statementLines: async (outTradeNo) => {
      const made = await fetch(`${origin}${apiPaths.terminals}`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ name: `${name} statement reader` }),
      });
      const credentials = TerminalCredentialsSchema.parse(await expectJson(made, 201));
      const key = await importTerminalKey(credentials.secret);
      const path = apiPaths.settlement(new Date().toISOString().slice(0, 10));
      const authorization = await signRequest(credentials.terminalId, key, {
        method: 'GET',
        pathWithQuery: path,
        body: '',
      });
      const response = await fetch(`${origin}${path}`, {
        headers: { Authorization: authorization },
      });
      const settlement = SettlementSchema.parse(await expectJson(response, 200));
      return settlement.lines.filter((line) => line.outTradeNo === outTradeNo);
    },
  };
  try {
    await work(wallet);
  } finally {
    wallet.thaw();
    await server.close();
  }
}
