import { randomBytes } from 'node:crypto';
import { CODE_HASH_KEY_BYTES, codeHasher, type CodeHasher } from './code-hash/code-hasher.ts';
import { NO_FAULTS, type Faults } from './faults/faults.ts';
import { createInFlight, type InFlight } from './idempotency/in-flight.ts';
import { DEFAULT_FEES, type FeeSchedule } from './payments/fee-schedule.ts';
import type { OpenRateLimitSettings } from './rate-limit/open-settings.ts';
import type { RateLimitSettings } from './rate-limit/settings.ts';
import type { Store } from './store/store.ts';
import type { CodeCaps } from './wallets/code-caps.ts';

export type AppConfig = {
  /** Demo mode opens wallet creation and the /demo helpers. */
  demo: boolean;
  /** The admin token's SHA-256 in hex (server/auth/token-hash.ts); the token itself is not kept. */
  adminTokenHash: string;
  /** The built PWA to serve; null serves the API only. Defaults to the repository's dist/. */
  staticRoot?: string | null;
  /** Fee rates per provider; 0.38 % each by default. */
  fees?: FeeSchedule;
  /** Requests per credential; absent or null means no limit. */
  rateLimit?: RateLimitSettings | null;
  /** Origins of separately hosted apps that may call the API (CORS); none by default. */
  allowedOrigins?: readonly string[];
  /** The Host names served (host-allow-list.ts); the loopback names only when absent. */
  allowedHosts?: readonly string[];
  /** The per-address ceiling on open endpoints; absent means the default, null turns it off. */
  openRateLimit?: OpenRateLimitSettings | null;
  /** Unused codes a wallet may hold (wallets/code-caps.ts); 5 online and 50 offline when absent. */
  codeCaps?: CodeCaps;
  /**
   * The payment codes' HMAC key (server/code-hash/); a random one for this process by default,
   * which is right only for a store that does not outlive it.
   */
  codeHashKey?: Uint8Array;
};

/** What every route and middleware is built from. */
export type Deps = {
  store: Store;
  config: AppConfig;
  /** The server clock in unix ms; tests inject one they can move. */
  now: () => number;
  faults: Faults;
  inFlight: InFlight;
  fees: FeeSchedule;
  /** Keyed hashes of payment codes: what the wallet keeps instead of their text. */
  codeHash: CodeHasher;
};

export function makeDeps(
  store: Store,
  config: AppConfig,
  now: () => number,
  faults: Faults = NO_FAULTS,
): Deps {
  return {
    store,
    config,
    now,
    faults,
    inFlight: createInFlight(),
    fees: config.fees ?? DEFAULT_FEES,
    codeHash: codeHasher(config.codeHashKey ?? randomBytes(CODE_HASH_KEY_BYTES)),
  };
}
