import { ApiProblem } from '../http/problem.ts';

/**
 * The most unused, unexpired codes one wallet may hold. A phone shows one online code at a time
 * and fetches the next before it expires (60 s), so 5 is plenty; the simulator fetches offline
 * codes 10 at a time (src/features/wallet-sim/offline-code-batch.ts), so 50 is five batches.
 * Without a cap a stolen wallet token mints codes without end, each a row and a valid code.
 */
export const MAX_OUTSTANDING_ONLINE_CODES = 5;
export const MAX_OUTSTANDING_OFFLINE_CODES = 50;

/** The caps in force: MAX_UNUSED_ONLINE_CODES and MAX_UNUSED_OFFLINE_CODES (benches raise them). */
export type CodeCaps = { online: number; offline: number };
export const DEFAULT_CODE_CAPS: CodeCaps = {
  online: MAX_OUTSTANDING_ONLINE_CODES,
  offline: MAX_OUTSTANDING_OFFLINE_CODES,
};
const MAX_CAP = 1_000_000;

/** Reads MAX_UNUSED_ONLINE_CODES and MAX_UNUSED_OFFLINE_CODES, whole numbers from 1. */
export function parseCodeCaps(
  onlineText?: string,
  offlineText?: string,
): { ok: true; codeCaps: CodeCaps } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const read = (name: string, text: string | undefined, fallback: number): number => {
    if (text === undefined) return fallback;
    const value = /^\d{1,7}$/.test(text) ? Number(text) : NaN;
    if (value >= 1 && value <= MAX_CAP) return value;
    errors.push(`${name} must be a whole number from 1 to ${MAX_CAP}, got "${text}".`);
    return fallback;
  };
  const codeCaps = {
    online: read('MAX_UNUSED_ONLINE_CODES', onlineText, MAX_OUTSTANDING_ONLINE_CODES),
    offline: read('MAX_UNUSED_OFFLINE_CODES', offlineText, MAX_OUTSTANDING_OFFLINE_CODES),
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, codeCaps };
}

export type Outstanding = { count: number; firstExpiry: number | null };

/**
 * Throws 429 TOO_MANY_CODES when `adding` more codes would take the wallet over `max`; its
 * Retry-After is when the first outstanding code expires (using one frees a place at once).
 */
export function refuseOverCap(
  kind: 'online' | 'offline',
  outstanding: Outstanding,
  adding: number,
  max: number,
  at: number,
): void {
  if (outstanding.count + adding <= max) return;
  const waitMs = Math.max(0, (outstanding.firstExpiry ?? at) - at);
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const room = Math.max(0, max - outstanding.count);
  throw new ApiProblem(
    'TOO_MANY_CODES',
    `This wallet already holds ${outstanding.count} unused ${kind} codes, and may hold at most ${max}; ${room === 0 ? 'use one or let one expire' : `ask for at most ${room}`} before asking for more. Nothing was issued.`,
    { headers: { 'Retry-After': String(seconds) } },
  );
}
