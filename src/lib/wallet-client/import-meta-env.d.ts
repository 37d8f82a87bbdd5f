/** The build-time settings the PWA reads (README, "Build the terminal as a static site"). */
interface ImportMetaEnv {
  /** The wallet server's origin; unset or empty means the origin the app is served from. */
  readonly VITE_WALLET_URL?: string;
}
