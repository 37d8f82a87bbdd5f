import { apiPaths } from '../../protocol/paths.ts';
import { importTerminalKey, signRequest } from '../../protocol/signing.ts';
import { SettlementSchema } from '../../protocol/settlements.ts';
import type { TerminalCredentials } from '../../protocol/terminals.ts';
import type { ServerProcess } from './server-process.ts';

const SETTLE_POLL_MS = 500;
const SETTLE_TIMEOUT_MS = 15_000;

/**
 * How many lines today's statement of the terminal's merchant has: what the server has really
 * committed, to hold against the SUCCESS answers. (A run across midnight UTC would miscount.)
 */
export async function settledCount(
  server: ServerProcess,
  terminal: TerminalCredentials,
): Promise<number> {
  const path = apiPaths.settlement(new Date().toISOString().slice(0, 10));
  const key = await importTerminalKey(terminal.secret);
  const authorization = await signRequest(terminal.terminalId, key, {
    method: 'GET',
    pathWithQuery: path,
    body: '',
  });
  const response = await fetch(server.base + path, { headers: { Authorization: authorization } });
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  }
  return SettlementSchema.parse(await response.json()).totals.count;
}

/** The count once the pays still in flight when the run stopped have finished: two reads agree. */
export async function settledCountWhenQuiet(
  server: ServerProcess,
  terminal: TerminalCredentials,
): Promise<number> {
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  let last = await settledCount(server, terminal);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    const count = await settledCount(server, terminal);
    if (count === last || performance.now() > deadline) return count;
    last = count;
  }
}
