import type { TerminalCredentials } from '../../protocol/terminals.ts';
import { newId, newSecret } from '../ids.ts';
import type { Repos } from '../store/store.ts';

/** Creates a terminal and its signing secret. The secret is shown once, in the returned value. */
export async function issueTerminal(
  repos: Repos,
  merchantId: string,
  name: string,
  at: number,
): Promise<TerminalCredentials> {
  const terminal = { id: newId('t'), merchantId, name, secret: newSecret() };
  await repos.merchants.insertTerminal(terminal, at);
  return { terminalId: terminal.id, secret: terminal.secret, merchantId };
}
