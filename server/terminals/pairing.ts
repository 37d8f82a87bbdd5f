import type { PairingCode, PairRequest, TerminalCredentials } from '../../protocol/terminals.ts';
import { randomString } from '../ids.ts';
import type { Store } from '../store/store.ts';
import { issueTerminal } from './issue-terminal.ts';

export const PAIRING_CODE_TTL_MS = 10 * 60_000;
export const PAIRING_CODE_LENGTH = 8;
// No 0/O, 1/I/L: the code is read off one screen and typed into another.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const MAX_DRAWS = 5;

export function issuePairingCode(store: Store, merchantId: string, at: number): PairingCode {
  const expiresAt = at + PAIRING_CODE_TTL_MS;
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const code = randomString(ALPHABET, PAIRING_CODE_LENGTH);
    if (store.pairingCodes.insert(code, merchantId, expiresAt, at)) {
      return { code, expiresAt: new Date(expiresAt).toISOString() };
    }
  }
  throw new Error('Could not draw an unused pairing code');
}

/** Typed codes may come in lower case or grouped with spaces or dashes. */
export function normalizePairingCode(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

export type Pairing =
  { ok: true; credentials: TerminalCredentials } | { ok: false; message: string };

/** Trades a one-time pairing code for terminal credentials, atomically. */
export function redeemPairingCode(store: Store, request: PairRequest, at: number): Pairing {
  return store.transaction(() => {
    const code = store.pairingCodes.find(normalizePairingCode(request.code));
    if (!code) return { ok: false, message: 'is not a pairing code this server issued' };
    if (code.usedAt !== null) return { ok: false, message: 'was already used; ask for a new one' };
    if (at >= code.expiresAt) return { ok: false, message: 'has expired; ask for a new one' };
    const credentials = issueTerminal(store, code.merchantId, request.name, at);
    store.pairingCodes.markUsed(code.code, credentials.terminalId, at);
    return { ok: true, credentials };
  });
}
