import type { Store } from './store/store.ts';

export type AppConfig = {
  /** Demo mode opens wallet creation and the /demo helpers. */
  demo: boolean;
  adminToken: string;
  /** The built PWA to serve; null serves the API only. Defaults to the repository's dist/. */
  staticRoot?: string | null;
};

/** What every route and middleware is built from. */
export type Deps = {
  store: Store;
  config: AppConfig;
  /** The server clock in unix ms; tests inject one they can move. */
  now: () => number;
};
