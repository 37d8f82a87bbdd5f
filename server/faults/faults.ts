/**
 * Fault injection for demos and reliability tests (wallet-protocol.md, "Fault injection").
 * Routes ask these questions; the server answers them all "no" unless faults are allowed and
 * set through PUT /admin/faults.
 */
export interface Faults {
  /** Waits the injected latency, if any. */
  delay(): Promise<void>;
  /** True when this request should fail with 503 UNAVAILABLE before doing anything. */
  failNow(): boolean;
  /** True when this payment, which would otherwise be collected at once, should wait for the customer. */
  forceConfirmation(): boolean;
  /** True when the answer to this committed request should be lost with its connection. */
  dropResponse(): boolean;
}

export const NO_FAULTS: Faults = {
  delay: () => Promise.resolve(),
  failNow: () => false,
  forceConfirmation: () => false,
  dropResponse: () => false,
};
