/**
 * How long each wallet call may take before the terminal stops waiting and counts it as no
 * answer at all, exactly like a dropped connection (docs/OUTBOX.md, "Deadlines"). A wallet that
 * accepts the connection and never answers (a frozen process, an access point without uplink)
 * would otherwise keep a call, and the cashier, waiting for ever.
 */
export const WALLET_DEADLINES_MS = {
  /**
   * The pay call, a STALE_TIMESTAMP retry included. The checkout shows "Outcome unknown … do not
   * charge again" as soon as it runs out, so it stays well inside the 10 s the cashier may wait
   * after scanning (the journal write before it takes a few milliseconds).
   */
  pay: 7_000,
  /** A query by outTradeNo: the replayer asks again later, so it can be short. */
  query: 5_000,
  cancel: 8_000,
  refund: 8_000,
  /** `GET /keys`, which is also the reachability probe while the wallet does not answer. */
  keys: 4_000,
  settlement: 15_000,
  /** Anything without its own line: pairing, the wallet simulator's calls. */
  other: 15_000,
} as const;

export type WalletCallKind = keyof typeof WALLET_DEADLINES_MS;
