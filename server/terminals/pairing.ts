import type { PairingCode, PairRequest, TerminalCredentials } from '../../protocol/terminals.ts';
import {
  newPairingCodeText,
  normalizePairingCode,
  PAIRING_CODE_TTL_MS,
} from '../pairing/pairing-code-text.ts';
import type { Repos } from '../store/store.ts';
import { issueTerminal } from './issue-terminal.ts';

export { normalizePairingCode, PAIRING_CODE_TTL_MS };
const MAX_DRAWS = 5;

export async function issuePairingCode(
  repos: Repos,
  merchantId: string,
  at: number,
): Promise<PairingCode> {
  const expiresAt = at + PAIRING_CODE_TTL_MS;
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const code = newPairingCodeText();
    if (await repos.pairingCodes.insert(code, merchantId, expiresAt, at)) {
      return { code, expiresAt: new Date(expiresAt).toISOString() };
    }
  }
  throw new Error('Could not draw an unused pairing code');
}

export type Pairing =
  { ok: true; credentials: TerminalCredentials } | { ok: false; message: string };

/** Trades a one-time pairing code for terminal credentials; run it in one transaction. */
export async function redeemPairingCode(
  repos: Repos,
  request: PairRequest,
  at: number,
): Promise<Pairing> {
  const code = await repos.pairingCodes.find(normalizePairingCode(request.code));
  if (!code) return { ok: false, message: 'is not a pairing code this server issued' };
  if (code.usedAt !== null) return { ok: false, message: 'was already used; ask for a new one' };
  if (at >= code.expiresAt) return { ok: false, message: 'has expired; ask for a new one' };
  const credentials = await issueTerminal(repos, code.merchantId, request.name, at);
  // Conditional, so two concurrent redemptions of one code cannot both succeed.
  if (!(await repos.pairingCodes.markUsed(code.code, credentials.terminalId, at))) {
    throw new PairingRace();
  }
  return { ok: true, credentials };
}

/** Thrown (rolling back the new terminal) when another request redeemed the code first. */
export class PairingRace extends Error {}
