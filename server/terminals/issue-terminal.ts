import type { TerminalCredentials } from '../../protocol/terminals.ts';
import { newId, newSecret } from '../ids.ts';
import type { Store } from '../store/store.ts';

/** Creates a terminal and its signing secret. The secret is shown once, in the returned value. */
export function issueTerminal(
  store: Store,
  merchantId: string,
  name: string,
  at: number,
): TerminalCredentials {
  const terminal = { id: newId('t'), merchantId, name, secret: newSecret() };
  store.merchants.insertTerminal(terminal, at);
  return { terminalId: terminal.id, secret: terminal.secret, merchantId };
}
