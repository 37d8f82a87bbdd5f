import { OFFLINE_CODE_PREFIX, parseOfflineCode, type OfflineCode } from './offline-code.ts';
import { routePaymentCode, type Provider } from './payment-code.ts';

/**
 * A scanned text the terminal may charge: an online payment code, routed by its prefix, or a
 * signed `SOP1.` offline code, routed by the provider it names. The signature is checked later,
 * against the wallet's keys.
 */
export type ScannedCodeRoute =
  | { ok: true; kind: 'online'; provider: Provider; code: string }
  | { ok: true; kind: 'offline'; provider: Provider; code: string; offline: OfflineCode }
  | {
      ok: false;
      reason: 'EMPTY' | 'NOT_A_PAYMENT_CODE' | 'MALFORMED_OFFLINE_CODE';
      message: string;
    };

/** A scanned text the terminal may charge. */
export type ScannedCode = Extract<ScannedCodeRoute, { ok: true }>;

export function routeScannedCode(scanned: string): ScannedCodeRoute {
  const text = scanned.trim();
  if (!text.startsWith(OFFLINE_CODE_PREFIX)) {
    const route = routePaymentCode(text);
    return route.ok ? { ...route, kind: 'online' } : route;
  }
  const offline = parseOfflineCode(text);
  if (!offline.ok) {
    return {
      ok: false,
      reason: 'MALFORMED_OFFLINE_CODE',
      message: `Not a valid offline code: it ${offline.message}. Ask the customer to refresh the offline code.`,
    };
  }
  return { ok: true, kind: 'offline', provider: offline.payload.provider, code: text, offline };
}
