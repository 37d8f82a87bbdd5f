import { routeScannedCode } from '../../../protocol/scanned-code.ts';
import { pairingCodeFromFragment } from '../../../protocol/pairing-link.ts';

/** What a text read on the pairing screen is; only `ok` ever leaves the device. */
export type PairingScan =
  | { ok: true; code: string }
  | {
      ok: false;
      reason: 'payment-code' | 'other-server' | 'wallet-link' | 'not-pairing';
      /** For 'other-server': the origin the QR points at. */
      origin?: string;
    };

/**
 * A code as printed: the wallet's pairing-code alphabet (no 0/O, 1/I/L), spaces and dashes
 * between groups allowed. A word or a product number is not one.
 */
const BARE_CODE = /^[2-9A-HJKMNP-Z]{6,32}$/;
/** Long digit runs are payment codes or product numbers, never pairing codes. */
const DIGITS_ONLY = /^\d{12,}$/;

export function normalizeTypedCode(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * Judges a QR text scanned on the pairing screen. A terminal pairing link of this app
 * (`<origin>/#pair=CODE`) is accepted when its origin is one of `origins` (the page's own, the
 * configured wallet server's): a link to another server would pair this terminal with it. A bare
 * code is accepted too. A payment code, a wallet-simulator link or anything else is refused.
 */
export function judgePairingScan(text: string, origins: readonly string[]): PairingScan {
  const trimmed = text.trim();
  if (routeScannedCode(trimmed).ok) return { ok: false, reason: 'payment-code' };
  const url = parseHttpUrl(trimmed);
  if (url) {
    const code = pairingCodeFromFragment(url.hash);
    if (code === null) return { ok: false, reason: 'not-pairing' };
    if (!origins.includes(url.origin)) {
      return { ok: false, reason: 'other-server', origin: url.origin };
    }
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/wallet') return { ok: false, reason: 'wallet-link' };
    if (path !== '') return { ok: false, reason: 'not-pairing' };
    return bareCode(code);
  }
  return bareCode(trimmed);
}

function bareCode(text: string): PairingScan {
  const code = normalizeTypedCode(text);
  if (!BARE_CODE.test(code) || DIGITS_ONLY.test(code)) return { ok: false, reason: 'not-pairing' };
  return { ok: true, code };
}

function parseHttpUrl(text: string): URL | null {
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
