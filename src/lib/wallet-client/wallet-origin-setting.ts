import { parseWalletOrigin, type WalletOriginResult } from '../../../protocol/wallet-origin.ts';

const STORAGE_KEY = 'saoma.walletOrigin';

/** VITE_WALLET_URL, checked by vite.config.ts when the app was built; "" is the page's origin. */
export const BUILD_WALLET_ORIGIN: string = import.meta.env.VITE_WALLET_URL ?? '';

/** Null in unit tests, which run without a page. */
function pageOrigin(): string | null {
  return 'location' in globalThis ? globalThis.location.origin : null;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

/**
 * The wallet server this page talks to: the one chosen on this device (kept per origin, so the
 * terminal and /wallet of one host share it), else the build's default. "" is the page's origin.
 */
export function walletOrigin(): string {
  const stored = storage()?.getItem(STORAGE_KEY);
  if (stored !== null && stored !== undefined) {
    const parsed = parseWalletOrigin(stored, pageOrigin());
    if (parsed.ok) return parsed.origin;
  }
  const fallback = parseWalletOrigin(BUILD_WALLET_ORIGIN, pageOrigin());
  return fallback.ok ? fallback.origin : '';
}

/** The wallet server as a person reads it: its origin, the page's own one included. */
export function walletOriginShown(): string {
  return walletOrigin() || (pageOrigin() ?? '');
}

export function isWalletCrossOrigin(): boolean {
  return walletOrigin() !== '';
}

/** Checks and keeps a typed address; a refused one changes nothing. */
export function chooseWalletOrigin(text: string): WalletOriginResult {
  const parsed = parseWalletOrigin(text, pageOrigin());
  if (parsed.ok) storage()?.setItem(STORAGE_KEY, parsed.origin);
  return parsed;
}

/** Checks an address without keeping it. */
export function checkWalletOrigin(text: string): WalletOriginResult {
  return parseWalletOrigin(text, pageOrigin());
}

export function walletApiUrl(path: string): string {
  return `${walletOrigin()}${path}`;
}
