import { randomString } from '../ids.ts';

/** Every pairing code, terminal or wallet, is good for one device and this long. */
export const PAIRING_CODE_TTL_MS = 10 * 60_000;
/**
 * 12 characters from 31: 59 bits. Redeeming is open (POST /pairings, POST /wallet-pairings), so
 * a code must stay out of reach of guessing within its 10 minutes: even at 1,000 guesses a
 * second from every address an attacker holds, one code falls with a chance of about 1 in 10^12
 * per address (600,000 / 2^59).
 */
export const PAIRING_CODE_LENGTH = 12;
// No 0/O, 1/I/L: the code may be read off one screen and typed into another.
export const PAIRING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const PAIRING_CODE_BITS = Math.floor(
  PAIRING_CODE_LENGTH * Math.log2(PAIRING_CODE_ALPHABET.length),
);

export function newPairingCodeText(): string {
  return randomString(PAIRING_CODE_ALPHABET, PAIRING_CODE_LENGTH);
}

/** Typed codes may come in lower case or grouped with spaces or dashes. */
export function normalizePairingCode(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}
