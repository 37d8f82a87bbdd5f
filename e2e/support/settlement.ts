import { expect, type APIRequestContext } from '@playwright/test';
import { formatAmount, type Minor } from '../../protocol/money.ts';
import { apiPaths } from '../../protocol/paths.ts';
import {
  SettlementSchema,
  type Settlement,
  type SettlementLine,
} from '../../protocol/settlements.ts';
import { importTerminalKey, signRequest } from '../../protocol/signing.ts';
import { TerminalCredentialsSchema, type TerminalCredentials } from '../../protocol/terminals.ts';
import { ADMIN_TOKEN } from './wallet-api.ts';

export type Totals = { gross: Minor; refunds: Minor; fees: Minor; net: Minor; count: number };

/**
 * A second terminal of the demo merchant, made with the admin token: the page's own key cannot
 * leave the browser, and a statement covers the whole merchant, so this one reads the same.
 */
export async function statementReader(request: APIRequestContext) {
  const response = await request.post(apiPaths.terminals, {
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    data: { name: 'e2e statement reader' },
  });
  expect(response.status(), await response.text()).toBe(201);
  const credentials: TerminalCredentials = TerminalCredentialsSchema.parse(await response.json());
  const key = await importTerminalKey(credentials.secret);
  return async (date: string): Promise<Settlement> => {
    const path = apiPaths.settlement(date);
    const authorization = await signRequest(credentials.terminalId, key, {
      method: 'GET',
      pathWithQuery: path,
      body: '',
    });
    const answer = await request.get(path, { headers: { Authorization: authorization } });
    expect(answer.status(), await answer.text()).toBe(200);
    return SettlementSchema.parse(await answer.json());
  };
}

export const lineKey = (line: SettlementLine) =>
  `${line.type}|${line.outTradeNo}|${line.outRefundNo ?? ''}`;

/** The statement's totals rule (server/settlements/statement.ts), over some of its lines. */
export function totalsOf(lines: readonly SettlementLine[]): Totals {
  const totals = { gross: 0, refunds: 0, fees: 0, net: 0, count: 0 };
  for (const line of lines) {
    if (line.type === 'PAYMENT') {
      totals.gross += line.amount;
      totals.fees += line.fee;
      totals.count += 1;
    } else {
      totals.refunds += line.amount;
      totals.fees -= line.fee;
    }
  }
  totals.net = totals.gross - totals.refunds - totals.fees;
  return totals;
}

const money = new Intl.NumberFormat('en', {
  style: 'currency',
  currency: 'CNY',
  currencyDisplay: 'narrowSymbol',
});
/** Fen as the screen shows them in English: "¥1,234.50". */
export const yuan = (fen: Minor) => money.format(Number(formatAmount(fen)));

/** A totals row as the Reports screen shows it: gross, refunds, fees, net, count. */
export const cellsOf = (totals: Totals) => [
  yuan(totals.gross),
  yuan(totals.refunds),
  yuan(totals.fees),
  yuan(totals.net),
  String(totals.count),
];
