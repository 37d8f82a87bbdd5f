import { maskPaymentCode } from '../../../protocol/payment-code.ts';

/** Online codes are at most 24 characters; an offline (SOP1) code is far longer. */
const LONGEST_SHOWN = 24;
const STARS_OF_LONG_CODE = 8;

/**
 * The code as a receipt shows it: masked (first 2 and last 4 characters) whatever the row holds,
 * and for a long offline code with fewer stars, so that it fits on one line of a 58 mm roll.
 */
export function receiptCode(authCode: string): string {
  const masked = maskPaymentCode(authCode);
  if (masked.length <= LONGEST_SHOWN) return masked;
  return `${masked.slice(0, 2)}${'*'.repeat(STARS_OF_LONG_CODE)}${masked.slice(-4)}`;
}
