import { importTerminalKey } from '../../../protocol/signing.ts';
import { loadTerminalSession, saveTerminalSession } from '../../lib/db/session.ts';
import { WalletProblemError } from '../../lib/wallet-client/errors.ts';
import {
  createDemoPairingCode,
  getDemoInfo,
  pairTerminal,
} from '../../lib/wallet-client/pairing-api.ts';

export type TerminalSession = { terminalId: string; merchantId: string; key: CryptoKey };

const TERMINAL_NAME = 'Saoma terminal';

/**
 * Pairs the terminal with a one-time pairing code and keeps the secret only as a
 * non-extractable HMAC key in IndexedDB.
 */
export async function pairWithCode(code: string): Promise<TerminalSession> {
  const credentials = await pairTerminal(code.trim(), TERMINAL_NAME);
  const key = await importTerminalKey(credentials.secret);
  const session = { terminalId: credentials.terminalId, merchantId: credentials.merchantId, key };
  await saveTerminalSession({ ...session, pairedAt: new Date().toISOString() });
  return session;
}

/**
 * Returns the stored session, or pairs automatically when the wallet runs in demo mode.
 * Resolves to null when the terminal must be paired by hand.
 */
export async function ensurePaired(): Promise<TerminalSession | null> {
  const stored = await loadTerminalSession();
  if (stored)
    return { terminalId: stored.terminalId, merchantId: stored.merchantId, key: stored.key };
  try {
    await getDemoInfo();
  } catch (error) {
    if (error instanceof WalletProblemError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
  const { code } = await createDemoPairingCode();
  return pairWithCode(code);
}
