/**
 * Money is always an integer number of minor units (fen for CNY). This module is the only place
 * that converts between text and minor units or does arithmetic that could round.
 */

export type Minor = number;

export const CURRENCIES = ['CNY'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const MIN_PAYMENT_AMOUNT: Minor = 1;
export const MAX_PAYMENT_AMOUNT: Minor = 100_000_000;

const MINOR_DIGITS = 2;
const MINOR_PER_MAJOR = 10 ** MINOR_DIGITS;
const AMOUNT_TEXT = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

export type ParsedAmount = { ok: true; amount: Minor } | { ok: false; error: string };

export function isMinor(value: unknown): value is Minor {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Parses cashier input such as "12.50", "12.5" or "12" into minor units. */
export function parseAmount(text: string): ParsedAmount {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Enter an amount.' };
  const match = AMOUNT_TEXT.exec(trimmed);
  if (!match) {
    return { ok: false, error: 'Enter the amount in yuan with at most two decimals, e.g. 12.50.' };
  }
  const major = Number(match[1]);
  const fraction = (match[2] ?? '').padEnd(MINOR_DIGITS, '0');
  const amount = major * MINOR_PER_MAJOR + Number(fraction);
  if (amount < MIN_PAYMENT_AMOUNT) return { ok: false, error: 'The amount must be above 0.00.' };
  if (amount > MAX_PAYMENT_AMOUNT) {
    return { ok: false, error: `The amount must be at most ${formatAmount(MAX_PAYMENT_AMOUNT)}.` };
  }
  return { ok: true, amount };
}

/** Formats minor units as plain major units with two decimals ("1250" -> "12.50"). */
export function formatAmount(amount: Minor): string {
  assertMinor(amount);
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const major = Math.floor(abs / MINOR_PER_MAJOR);
  const minor = String(abs % MINOR_PER_MAJOR).padStart(MINOR_DIGITS, '0');
  return `${sign}${major}.${minor}`;
}

export function addMinor(...amounts: Minor[]): Minor {
  let total = 0;
  for (const amount of amounts) {
    assertMinor(amount);
    total += amount;
  }
  assertMinor(total);
  return total;
}

export function subtractMinor(from: Minor, amount: Minor): Minor {
  return addMinor(from, -amount);
}

/** A fee rate in parts per million: 0.38% is 3800. */
export type FeeRatePpm = number;
export const DEFAULT_FEE_RATE_PPM: FeeRatePpm = 3800;

/** The fee on an amount, rounded half-up to the minor unit, in integer arithmetic. */
export function feeFor(amount: Minor, ratePpm: FeeRatePpm = DEFAULT_FEE_RATE_PPM): Minor {
  assertMinor(amount);
  if (!Number.isInteger(ratePpm) || ratePpm < 0 || ratePpm > 1_000_000) {
    throw new RangeError(`Fee rate must be an integer between 0 and 1000000 ppm, got ${ratePpm}`);
  }
  if (amount < 0) throw new RangeError('Fees are computed on non-negative amounts');
  const scaled = amount * ratePpm;
  assertMinor(scaled);
  return Math.floor((scaled + 500_000) / 1_000_000);
}

function assertMinor(value: number): void {
  if (!isMinor(value))
    throw new RangeError(`Not an integer amount of minor units: ${String(value)}`);
}

/**
 * The part of a payment's fee that a refund returns: the fee on everything refunded so far,
 * less the fee on what was refunded before. Refunding the whole amount, in any number of parts,
 * returns exactly the fee that was charged.
 */
export function feeReturnedByRefund(
  refundedBefore: Minor,
  refund: Minor,
  ratePpm: FeeRatePpm = DEFAULT_FEE_RATE_PPM,
): Minor {
  return feeFor(addMinor(refundedBefore, refund), ratePpm) - feeFor(refundedBefore, ratePpm);
}
