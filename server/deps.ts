import { NO_FAULTS, type Faults } from './faults/faults.ts';
import { createInFlight, type InFlight } from './idempotency/in-flight.ts';
import { DEFAULT_FEES, type FeeSchedule } from './payments/fee-schedule.ts';
import type { RateLimitSettings } from './rate-limit/settings.ts';
import type { Store } from './store/store.ts';

export type AppConfig = {
  /** Demo mode opens wallet creation and the /demo helpers. */
  demo: boolean;
  adminToken: string;
  /** The built PWA to serve; null serves the API only. Defaults to the repository's dist/. */
  staticRoot?: string | null;
  /** Fee rates per provider; 0.38 % each by default. */
  fees?: FeeSchedule;
  /** Requests per credential; absent or null means no limit. */
  rateLimit?: RateLimitSettings | null;
  /** Origins of separately hosted apps that may call the API (CORS); none by default. */
  allowedOrigins?: readonly string[];
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
  };
}
