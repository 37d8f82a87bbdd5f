/**
 * Where the wallet API lives, as the PWA is told it: the wallet server's origin (scheme, host and
 * port), or "" for the page's own origin. The API is always under /api/v1 of that origin, and a
 * terminal signs the path alone, so an origin is all there is to choose.
 */
export type WalletOriginProblem =
  /** No http:// or https:// in front, e.g. "192.168.1.20:8443". */
  | 'noScheme'
  | 'notUrl'
  /** Another scheme than http or https. */
  | 'scheme'
  /** A path, query, fragment or user name: only the server's address is wanted. */
  | 'notOrigin'
  /** An https page may not call an http wallet (the browser blocks mixed content). */
  | 'mixedContent';

export type WalletOriginResult =
  { ok: true; origin: string } | { ok: false; problem: WalletOriginProblem };

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Reads a wallet server address as a person types it. `pageOrigin` is the origin the PWA runs on
 * (null at build time); the page's own origin comes back as "".
 */
export function parseWalletOrigin(text: string, pageOrigin: string | null): WalletOriginResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, origin: '' };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return { ok: false, problem: 'noScheme' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'notUrl' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, problem: 'scheme' };
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    return { ok: false, problem: 'notOrigin' };
  }
  if (
    pageOrigin?.startsWith('https:') &&
    url.protocol === 'http:' &&
    !LOOPBACK_HOSTS.includes(url.hostname)
  ) {
    return { ok: false, problem: 'mixedContent' };
  }
  return { ok: true, origin: url.origin === pageOrigin ? '' : url.origin };
}
