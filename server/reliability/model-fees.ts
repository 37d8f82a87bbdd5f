/**
 * The wallet's fees as its contract states them, worked out here on their own so that the model
 * never agrees with the server by calling the server's `feeFor`. docs/API.md: a payment's fee is
 * 0.38 % of its amount by default (`FEE_RATES`), rounded half-up to the fen
 * (../shared/wallet-protocol.md's example: 1250 fen pays 5); a refund gives back the fee on all
 * refunded so far less the fee on what was refunded before.
 */
const BASIS_POINTS = 10_000n;
/** 0.38 %, in basis points. */
const DEFAULT_RATE_BP = 38n;

export function contractFee(amount: number): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Bad amount ${amount}`);
  // Half-up: add half a fen's worth before the division drops the remainder.
  return Number((BigInt(amount) * DEFAULT_RATE_BP + BASIS_POINTS / 2n) / BASIS_POINTS);
}

export function contractFeeReturned(refundedBefore: number, refund: number): number {
  return contractFee(refundedBefore + refund) - contractFee(refundedBefore);
}
