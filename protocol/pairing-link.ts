/**
 * The text of a pairing QR: the app's URL with the one-time code in the fragment, so that it
 * never reaches a server log or a `Referer` header. `<origin>/#pair=<code>` opens the terminal
 * and pairs it (POST /pairings); `<origin>/wallet#pair=<code>` opens the wallet simulator and
 * opens the wallets the code gives (POST /wallet-pairings).
 */
export const PAIR_FRAGMENT_KEY = 'pair';

export function terminalPairingUrl(origin: string, code: string): string {
  return `${origin}/#${PAIR_FRAGMENT_KEY}=${encodeURIComponent(code)}`;
}

export function walletPairingUrl(origin: string, code: string): string {
  return `${origin}/wallet#${PAIR_FRAGMENT_KEY}=${encodeURIComponent(code)}`;
}

/** The code in a location's fragment (`#pair=…`, with or without the `#`); null without one. */
export function pairingCodeFromFragment(hash: string): string | null {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get(PAIR_FRAGMENT_KEY)?.trim();
  return code === undefined || code === '' ? null : code;
}
