import type { FieldError } from '../../../protocol/problem.ts';

/** The wallet answered with a problem+json error. Nothing changed on the wallet. */
export class WalletProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(`${code}: ${detail}`);
    this.name = 'WalletProblemError';
  }
}

/**
 * No usable answer arrived (network down, connection dropped, 5xx, unreadable body). The request
 * may or may not have taken effect on the wallet.
 */
export class WalletUnreachableError extends Error {
  /** How long the wallet asked the terminal to wait (a Retry-After header), if it said. */
  readonly retryAfterMs: number | undefined;
  /** True when nothing came back at all (no network, connection dropped), not even an error. */
  readonly noResponse: boolean;
  /**
   * True when the caller stopped waiting (the cashier's Cancel): no answer either, but it says
   * nothing about whether the wallet is reachable.
   */
  readonly abandoned: boolean;

  constructor(
    message: string,
    options?: ErrorOptions & { retryAfterMs?: number; noResponse?: boolean; abandoned?: boolean },
  ) {
    super(message, options);
    this.name = 'WalletUnreachableError';
    this.retryAfterMs = options?.retryAfterMs;
    this.noResponse = options?.noResponse ?? false;
    this.abandoned = options?.abandoned ?? false;
  }
}
