import type { RequestSigningKey } from '../../../protocol/signing.ts';
import { importTerminalSecret, signingKeyFor } from '../../lib/crypto/terminal-key.ts';
import { loadTerminalSession, saveTerminalSession } from '../../lib/db/session.ts';
import { WalletProblemError } from '../../lib/wallet-client/errors.ts';
import {
  createDemoPairingCode,
  getDemoInfo,
  pairTerminal,
} from '../../lib/wallet-client/pairing-api.ts';

export type TerminalSession = { terminalId: string; merchantId: string; key: RequestSigningKey };

const TERMINAL_NAME = 'Saoma terminal';

/**
 * Pairs the terminal with a one-time pairing code and keeps the secret in IndexedDB only as a
 * non-extractable HMAC key, or as raw bytes on a page without WebCrypto (TerminalKey).
 */
export async function pairWithCode(code: string): Promise<TerminalSession> {
  const credentials = await pairTerminal(code.trim(), TERMINAL_NAME);
  const key = await importTerminalSecret(credentials.secret);
  const { terminalId, merchantId } = credentials;
  await saveTerminalSession({ terminalId, merchantId, key, pairedAt: new Date().toISOString() });
  return { terminalId, merchantId, key: await signingKeyFor(key) };
}

/**
 * Returns the stored session, or pairs automatically when the wallet runs in demo mode.
 * Resolves to null when the terminal must be paired by hand. Throws TerminalKeyUnusableError,
 * with the words to show, for a stored key this page cannot sign with.
 */
export async function ensurePaired(): Promise<TerminalSession | null> {
  const stored = await storedSession();
  if (stored) return stored;
  const demo = await pairByDemo();
  return typeof demo === 'string' ? null : demo;
}

/** The stored session, or null: a terminal that was never paired (or was unpaired). */
export async function storedSession(): Promise<TerminalSession | null> {
  const stored = await loadTerminalSession();
  if (!stored) return null;
  const { terminalId, merchantId } = stored;
  return { terminalId, merchantId, key: await signingKeyFor(stored.key) };
}

/**
 * Demo self-pairing, which the wallet allows the computer's own browser only (a loopback
 * connection). Outside demo mode (404) the answer is 'not-demo'; from any other device the
 * wallet answers 403, 'remote': such a device pairs by a code that it was shown.
 */
export async function pairByDemo(): Promise<TerminalSession | 'not-demo' | 'remote'> {
  try {
    await getDemoInfo();
    const { code } = await createDemoPairingCode();
    return await pairWithCode(code);
  } catch (error) {
    if (error instanceof WalletProblemError && error.status === 404) return 'not-demo';
    if (error instanceof WalletProblemError && error.status === 403) return 'remote';
    throw error;
  }
}
